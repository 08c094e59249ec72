import type { Exchange } from '../../http/types.ts';
import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { findLeakedSecrets, type LeakedSecret } from '../_internals/find-leaked-secrets.ts';
import { noResponse } from '../_internals/no-response.ts';
import { noted } from '../_internals/noted.ts';
import type { Check, CheckContext, CheckOutcome } from '../types.ts';

const MAX_DESCRIBED = 5;

function describe(ctx: CheckContext, leak: LeakedSecret): string {
  switch (leak.kind) {
    case 'known-value': {
      const owner = ctx.memory.mintedValues.get(leak.value);
      return owner === undefined
        ? 'a secret learnt earlier in the run'
        : `the value of a key minted by case ${owner}`;
    }
    case 'secret-field':
      return `a secret under "${leak.field ?? 'value'}" at ${leak.where}`;
    case 'minted-shape':
      return 'a string shaped like the keys the run minted (same prefix, alphabet and length)';
  }
}

function leakFound(ctx: CheckContext, exchange: Exchange, leaks: LeakedSecret[]): CheckOutcome {
  const status = exchange.response?.status;
  const what = [...new Set(leaks.map((leak) => describe(ctx, leak)))].slice(0, MAX_DESCRIBED);
  return failed(
    ctx,
    `a ${status} answer contains ${what.join('; ')}`,
    {
      expected: 'no secret in an error answer',
      actual: `${leaks.length} secret(s): ${[...new Set(leaks.map((leak) => leak.kind))].join(', ')}`,
      status,
      excerpt: exchange.response && bodyExcerpt(ctx, exchange.response),
    },
    `leak:${status}`,
  );
}

export const secretNotInErrorBody: Check = {
  name: 'secret_not_in_error_body',
  severity: 'critical',
  origin: 'description',
  description:
    'No non-2xx answer holds a secret: a key value minted earlier, a string under a secret field (`writeOnly`, `format: password`, CONTRACT_SECRET_FIELDS), or a string shaped like the minted keys.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.status >= 200 && response.status < 300)
      return { status: 'skipped', why: 'a success answer' };
    const leaks = findLeakedSecrets(ctx, exchange);
    const certain = leaks.filter((leak) => leak.certain);
    if (certain.length > 0) return leakFound(ctx, exchange, certain);
    if (leaks.length > 0)
      return noted(
        ctx,
        `a ${response.status} answer holds a string shaped like a minted key (no prefix to be sure)`,
      );
    return { status: 'passed' };
  },
};
