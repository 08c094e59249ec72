import { secretDigest } from '../../core/secret-digest.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { findLeakedSecrets } from '../_internals/find-leaked-secrets.ts';
import { noResponse } from '../_internals/no-response.ts';
import { operationSecretNames } from '../_internals/operation-secret-names.ts';
import type { Check } from '../types.ts';

export const refusedRequestMintsNothing: Check = {
  name: 'refused_request_mints_nothing',
  severity: 'critical',
  origin: 'description',
  description:
    'A refused request (4xx) of an operation that mints secrets shows nothing that looks minted: no declared secret field, no key-shaped value.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.status < 400 || response.status > 499) return { status: 'skipped', why: 'not a refusal' };
    const { minted } = operationSecretNames(ctx);
    if (minted.size === 0) return { status: 'skipped', why: 'the operation mints no secret' };
    // A value known from an earlier 2xx is an echo (secret_not_in_error_body): only fresh ones say "minted".
    const fresh = findLeakedSecrets(ctx, exchange).filter(
      (leak) =>
        leak.certain &&
        !ctx.memory.mintedValues.has(leak.value) &&
        ((leak.kind === 'secret-field' && minted.has(leak.field ?? '')) || leak.kind === 'minted-shape'),
    );
    if (fresh.length === 0) return { status: 'passed' };
    const where = [...new Set(fresh.map((leak) => leak.where))].join(', ');
    const outcome = failed(
      ctx,
      `a refused request (${response.status}) shows what looks like a freshly minted secret at ${where}`,
      {
        expected: `nothing minted by a ${response.status} answer`,
        actual: `${fresh.length} minted-looking value(s) (${[...new Set(fresh.map((leak) => leak.kind))].join(', ')})`,
        status: response.status,
        excerpt: bodyExcerpt(ctx, response),
      },
      `refused-mint:${response.status}`,
    );
    // A key minted at the same moment by a concurrent request may show up here (a debugging header, say):
    // judged at the end of the run, when every 2xx of the run has been seen.
    return outcome.status === 'failed'
      ? { ...outcome, unlessMinted: fresh.map((leak) => secretDigest(leak.value)) }
      : outcome;
  },
};
