import { describe, expect, it } from 'vitest';
import { NOT_UNIQUE_TAG, type RequestCase } from '../../src/generate/types.ts';
import { applyUniqueTags } from '../../src/run/apply-unique-tags.ts';
import { newRunId } from '../../src/run/run-marker/run-id.ts';
import { makeCase } from '../http/helpers.ts';

const caseNamed = (name: string): RequestCase =>
  makeCase({
    body: { kind: 'json', value: { name, extra: 1 } },
    phase: 'negative',
    expect: 'rejected',
    title: 'case',
    uniqueFields: ['/name'],
  });

// Unique numbers as a run makes them: a random run part above a counter.
let counter = 0n;
const nextUnique = (): bigint => (0x2a5b3cn << 24n) + counter++;
const runId = newRunId(Date.UTC(2026, 11, 4));

describe('applyUniqueTags', () => {
  it('marks a case whose name cannot hold a unique number: a 409 to it proves nothing', () => {
    for (const name of ['\\', ' ', 'a', '🔑']) {
      const tagged = applyUniqueTags(caseNamed(name), nextUnique, runId);
      expect(tagged.tags, JSON.stringify(name)).toEqual([NOT_UNIQUE_TAG]);
    }
  });

  it('leaves a name long enough for the number unmarked, and every length unchanged', () => {
    const name = 'x'.repeat(40);
    const tagged = applyUniqueTags(caseNamed(name), nextUnique, runId);
    expect(tagged.tags).toEqual([]);
    const sent = (tagged.body as { value: { name: string } }).value.name;
    expect(sent).not.toBe(name);
    expect(sent).toHaveLength(40);
  });
});

describe('applyUniqueTags on titles and reasons', () => {
  it('shows the name as sent, in full and where a preview cut it', () => {
    const name = `bad/${'x'.repeat(60)}`;
    const base = caseNamed(name);
    const tagged = applyUniqueTags(
      {
        ...base,
        title: `valid body ${JSON.stringify(base.body.kind === 'json' ? base.body.value : null)}`,
        reason: {
          location: 'body',
          keyword: 'additionalProperties',
          schemaPath: '#/additionalProperties',
          instancePath: '',
          description: `body {"name":"${name.slice(0, 20)}…`,
        },
      },
      nextUnique,
      runId,
    );
    const sent = (tagged.body as { value: { name: string } }).value.name;
    expect(tagged.title).toBe(`valid body {"name":"${sent}","extra":1}`);
    expect(tagged.reason?.description).toBe(`body {"name":"${sent.slice(0, 20)}…`);
  });
});

describe('applyUniqueTags on a one-character name', () => {
  it('rewrites the name where it stands as a JSON string, and no other character of the title', () => {
    const base = caseNamed(' ');
    const title = 'tag is -5e-324, a non-integer number (type string|null) with name " "';
    const tagged = applyUniqueTags({ ...base, title }, nextUnique, runId);
    const sent = (tagged.body as { value: { name: string } }).value.name;
    expect(tagged.title).toBe(
      `tag is -5e-324, a non-integer number (type string|null) with name ${JSON.stringify(sent)}`,
    );
  });
});
