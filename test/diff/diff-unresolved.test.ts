import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/result.ts';
import { diffSpecs } from '../../src/diff/diff-specs.ts';
import { loadSpec } from '../../src/spec/load-spec.ts';
import { fixturePath } from '../schema/compile-fixture.ts';

describe('diffSpecs: an operation the head cannot read is not reported as removed', () => {
  it('says it cannot be read, and why', async () => {
    const base = unwrap(await loadSpec(fixturePath('specs-imperfect/some-operations-readable.yaml')));
    const head = unwrap(await loadSpec(fixturePath('specs-imperfect/some-operations-broken.yaml')));
    const changes = diffSpecs(base, head).changes.filter(
      (change) => change.operation === 'GET /bad-response',
    );
    expect(changes).toMatchObject([
      {
        code: 'operation-unresolved',
        breaking: true,
        message: expect.stringMatching(
          /^cannot be read in the head document: its \$ref #\/components\/schemas\/Gone/,
        ) as unknown,
      },
    ]);
  });
});
