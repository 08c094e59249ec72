import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check } from '../types.ts';

export const secretNotInErrorBody: Check = {
  name: 'secret_not_in_error_body',
  severity: 'critical',
  origin: 'description',
  description: 'No non-2xx answer (body or headers) contains a key value minted earlier in the run.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.status >= 200 && response.status < 300)
      return { status: 'skipped', why: 'a success answer' };
    const text = `${response.bodyText}\n${Object.values(response.headers).join('\n')}`;
    // One linear scan through the redactor's index of every secret, in all its forms (as is, JSON, URL).
    const owners = ctx.memory.redactor
      .find(text)
      .flatMap(({ secret }) => ctx.memory.mintedValues.get(secret) ?? [])
      .filter((owner, index, all) => all.indexOf(owner) === index);
    if (owners.length === 0) return { status: 'passed' };
    return failed(
      ctx,
      `a ${response.status} answer contains the value of a key minted by case ${owners.join(', ')}`,
      {
        expected: 'no minted value in an error answer',
        actual: `${owners.length} minted value(s) echoed`,
        status: response.status,
        excerpt: bodyExcerpt(ctx, response),
      },
      `leak:${response.status}`,
    );
  },
};
