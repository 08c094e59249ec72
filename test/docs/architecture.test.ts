import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoc, ROOT } from './read-docs.ts';

const architecture = readDoc('ARCHITECTURE.md').text;

/** Paths of the repository the page names: `src/...`, `suites/...`, `test/...` (trailing punctuation dropped). */
function namedPaths(text: string): string[] {
  const paths = [...text.matchAll(/(?<![\w/.-])(?:src|suites|test)\/[\w./-]*/g)].map((match) =>
    match[0].replace(/[.,:;]+$/, ''),
  );
  return [...new Set(paths)].sort();
}

const layers = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The event types of the engine, read from their definition. */
const eventTypes = [
  ...readFileSync(join(ROOT, 'src/run/events.ts'), 'utf8').matchAll(/type: '([a-z-]+)'/g),
].map((match) => match[1] ?? '');

describe('ARCHITECTURE.md', () => {
  it('names files and folders of the repository', () => {
    expect(namedPaths(architecture).length).toBeGreaterThan(20);
  });

  it.each(namedPaths(architecture).map((path) => [path]))('names %s, which exists', (path) => {
    expect(existsSync(join(ROOT, path))).toBe(true);
  });

  it.each(layers.map((layer) => [layer]))('describes the layer src/%s/', (layer) => {
    expect(architecture).toContain(`src/${layer}/`);
  });

  it('draws the layer order eslint enforces', () => {
    const eslint = readFileSync(join(ROOT, 'eslint.config.js'), 'utf8');
    const order = /const layers = \[([^\]]+)\]/.exec(eslint)?.[1]?.match(/[a-z]+/g) ?? [];
    expect(order.length).toBeGreaterThan(5);
    const drawn = order.map((layer) => (layer === 'diff' ? '(diff)' : layer)).join(' -> ');
    expect(architecture).toContain(drawn);
  });

  it.each(eventTypes.map((type) => [type]))('names the event %s', (type) => {
    expect(architecture).toContain(type);
  });

  it('names every member of the extension interface', () => {
    const source = readFileSync(join(ROOT, 'src/run/extension.ts'), 'utf8');
    const body = /export interface ContractExtension \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const members = [...body.matchAll(/^ {2}(\w+)\??[(:]/gm)].map((match) => match[1] ?? '');
    expect(members.length).toBeGreaterThan(5);
    for (const member of members) expect(architecture).toContain(member);
  });
});
