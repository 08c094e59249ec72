import { bodyExcerpt } from '../_internals/body-excerpt.ts';
import { declaredStatuses } from '../_internals/declared-statuses.ts';
import { failed } from '../_internals/failed.ts';
import { noResponse } from '../_internals/no-response.ts';
import { toleratedStatuses } from '../_internals/tolerated-statuses.ts';
import type { Check } from '../types.ts';

export const statusCodeConformance: Check = {
  name: 'status_code_conformance',
  severity: 'medium',
  origin: 'schema',
  description:
    'The response status is declared for the operation (exactly, by range or by default), or tolerated by the case.',
  run(ctx, exchange) {
    const { response } = exchange;
    if (response === undefined) return noResponse(exchange);
    const { status } = response;
    if (ctx.operation.responseFor(status) !== undefined) return { status: 'passed' };
    const tolerated = toleratedStatuses(exchange.case);
    if (tolerated.includes(status)) return { status: 'passed' };
    const declared = [...declaredStatuses(ctx.operation), ...tolerated.map(String)];
    return failed(
      ctx,
      `status ${status} is not declared for ${ctx.operation.operation.operationId}`,
      {
        expected: `one of ${declared.join(', ')}`,
        actual: String(status),
        status,
        excerpt: bodyExcerpt(ctx, response),
      },
      `status:${status}`,
    );
  },
};
