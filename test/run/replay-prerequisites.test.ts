import { describe, expect, it } from 'vitest';
import type { RunMemory } from '../../src/check/types.ts';
import type { Exchange } from '../../src/http/types.ts';
import type { RecordedStep } from '../../src/run/recorded-step.ts';
import {
  nextOrder,
  noteCreated,
  notePrerequisite,
  withDeclared,
} from '../../src/run/replay-prerequisites.ts';
import { STEP } from '../report/support/fake-results.ts';

const step = (caseId: string, path = '/pets'): RecordedStep => ({
  ...STEP,
  caseId,
  request: { ...STEP.request, path },
});

const exchangeOf = (id: string, operationId: string, pathParams: Record<string, string> = {}) =>
  ({ case: { id, operationId, pathParams } }) as unknown as Exchange;

describe('withDeclared', () => {
  it("gives a case the steps declared for it, and the creators of its path values, in the run's order", () => {
    const memory = {} as RunMemory;
    noteCreated(memory, 'getPet', step('createPet/resource-setup/0'), { param: 'petId', value: '82' });
    notePrerequisite(memory, 'getPet/positive/1', step('warm-up'));
    const steps = withDeclared(memory, exchangeOf('getPet/positive/1', 'getPet', { petId: '82' }), []);
    expect(steps.map((s) => s.caseId)).toEqual(['createPet/resource-setup/0', 'warm-up']);
    expect(steps[0]?.provides).toEqual([{ param: 'petId', value: '82' }]);
  });

  it("ignores a value another operation's case happens to share, and a value it does not hold", () => {
    const memory = {} as RunMemory;
    noteCreated(memory, 'getPet', step('createPet/resource-setup/0'), { param: 'petId', value: '82' });
    expect(
      withDeclared(memory, exchangeOf('deletePet/positive/0', 'deletePet', { petId: '82' }), []),
    ).toEqual([]);
    expect(withDeclared(memory, exchangeOf('getPet/negative/0', 'getPet', { petId: 'x' }), [])).toEqual([]);
    expect(withDeclared({} as RunMemory, exchangeOf('getPet/positive/0', 'getPet'), [])).toEqual([]);
  });

  it('keeps a step both minted and declared once (the declared one), merged with the minters by order', () => {
    const memory = {} as RunMemory;
    const minter = { order: nextOrder(), step: step('createKey/positive/0', '/keys') };
    const creation = step('createKey/resource-setup/0', '/keys');
    noteCreated(memory, 'rotateKey', creation, { param: 'keyId', value: 'k1' });
    const alsoMinted = { order: nextOrder(), step: creation };
    const steps = withDeclared(memory, exchangeOf('rotateKey/positive/0', 'rotateKey', { keyId: 'k1' }), [
      minter,
      alsoMinted,
    ]);
    expect(steps.map((s) => [s.caseId, s.provides?.length ?? 0])).toEqual([
      ['createKey/positive/0', 0],
      ['createKey/resource-setup/0', 1],
    ]);
  });
});
