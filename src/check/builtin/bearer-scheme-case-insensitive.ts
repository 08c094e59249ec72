import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { failed } from '../_internals/failed.ts';
import { faultScheme } from '../_internals/fault-scheme.ts';
import { noResponse } from '../_internals/no-response.ts';
import type { Check } from '../types.ts';

export const bearerSchemeCaseInsensitive: Check = {
  name: 'bearer_scheme_case_insensitive',
  severity: 'medium',
  origin: 'http',
  description:
    'The auth scheme is case-insensitive (RFC 9110): `bearer` or `BEARER` with a valid token is not answered 401.',
  run(ctx, exchange) {
    const { auth } = exchange.case;
    if (auth !== 'scheme-lowercase' && auth !== 'scheme-uppercase')
      return { status: 'skipped', why: 'scheme spelled as usual' };
    if (!faultScheme(exchange.case).bearer) return { status: 'skipped', why: 'not an http bearer scheme' };
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    if (response.status !== 401) return { status: 'passed' };
    const scheme = auth === 'scheme-lowercase' ? 'bearer' : 'BEARER';
    return failed(
      ctx,
      `a valid token sent with the scheme spelled "${scheme}" was answered 401`,
      {
        expected: 'not 401 (auth schemes are case-insensitive)',
        actual: '401',
        status: 401,
        excerpt: bodyExcerpt(ctx, response),
      },
      `scheme:${scheme}`,
    );
  },
};
