import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../src/cli/compare-command.ts';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../../fixtures/compare/${path}`, import.meta.url));

describe('contract compare', () => {
  it('exits 1 when NEW has findings OLD had not', () => {
    const lines: string[] = [];
    expect(compareCommand([fixture('old'), fixture('new')], false, (line) => void lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain('1 new, 1 fixed, 2 still failing');
  });

  it('exits 0 when nothing is new, and prints JSON with --json', () => {
    const lines: string[] = [];
    expect(
      compareCommand([fixture('old'), fixture('report/report.json')], true, (line) => void lines.push(line)),
    ).toBe(0);
    const comparison = JSON.parse(lines.join('\n')) as { newFindings: unknown[]; fixedFindings: unknown[] };
    expect(comparison.newFindings).toEqual([]);
    expect(comparison.fixedFindings).toEqual([]);
  });

  it.each([[[]], [['one']], [['a', 'b', 'c']]])('rejects %j: it takes exactly OLD and NEW', (paths) => {
    expect(() => compareCommand(paths, false, () => undefined)).toThrow(/compare takes two arguments/);
  });
});
