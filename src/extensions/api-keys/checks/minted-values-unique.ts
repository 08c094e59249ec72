import { failed } from '../../../check/_internals/failed.ts';
import { mintedIn } from '../../../check/_internals/minted-in.ts';
import type { Check } from '../../../check/types.ts';

const ID_FIELD = 'id';

export const mintedValuesUnique: Check = {
  name: 'minted_values_unique',
  severity: 'high',
  origin: 'description',
  description: 'Neither the value nor the id of a minted key was returned before in this run.',
  run(ctx, exchange) {
    const minted = mintedIn(ctx, exchange);
    if (minted.length === 0) return { status: 'skipped', why: 'no minted key in the response' };
    const caseId = exchange.case.id;
    const problems: string[] = [];
    for (const { object, value } of minted) {
      const valueOwner = ctx.memory.mintedValues.get(value);
      if (valueOwner !== undefined && valueOwner !== caseId)
        problems.push(`the key value was already returned to case ${valueOwner}`);
      const id = object[ID_FIELD];
      const idOwner = typeof id === 'string' ? ctx.memory.mintedIds.get(id) : undefined;
      if (idOwner !== undefined && idOwner !== caseId)
        problems.push(`the key id ${JSON.stringify(id)} was already returned to case ${idOwner}`);
    }
    if (problems.length === 0) return { status: 'passed' };
    const actual = problems.join('; ');
    return failed(
      ctx,
      `a minted key is not new: ${actual}`,
      { expected: 'a value and an id never returned before', actual, status: exchange.response?.status },
      'duplicate-key',
    );
  },
};
