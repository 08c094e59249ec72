import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { planCommand } from '../../src/cli/plan-command.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

/** `contract plan` on each imperfect document: exit 0, the usable operations planned, nothing refused. */
const DOCUMENTS: [string, string[]][] = [
  ['specs-imperfect/stray-property.yaml', ['listThings', 'createThing']],
  ['specs-imperfect/extension-refs.yaml', ['getA']],
  ['specs-imperfect/unused-broken-refs.yaml', ['postA']],
  ['specs-imperfect/some-operations-broken.yaml', ['getGood']],
  ['specs-imperfect/external-part-missing.yaml', ['postGood']],
  ['specs-imperfect/duplicate-keys.yaml', ['getA']],
  ['specs-imperfect/loose-version.yaml', ['getA']],
  ['specs-broken/unknown-keyword-3.0.yaml', ['postA']],
];

describe('contract plan on imperfect documents: used, not refused', () => {
  it.each(DOCUMENTS)('%s plans %j', async (relative, operations) => {
    const lines: string[] = [];
    const env = { CONTRACT_SPEC: fixturePath(relative), CONTRACT_RUNS: '3' };
    const code = await planCommand(false, env, (line) => lines.push(line));
    expect(code).toBe(EXIT.ok);
    const table = lines.join('\n');
    for (const operationId of operations) expect(table).toContain(operationId);
  });
});
