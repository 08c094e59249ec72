import type { Operation } from '../../../spec/types.ts';
import type { DiffContext } from '../diff-context.ts';
import { diffParameters } from './diff-parameters.ts';
import { diffRequestBody } from './diff-request-body.ts';
import { diffResponses } from './diff-responses.ts';
import { diffSecurity } from './diff-security.ts';

/** Annotations clients see: a deprecation or a new operationId (generated clients rename a method). */
function diffAnnotations(context: DiffContext, base: Operation, head: Operation): void {
  if (!base.deprecated && head.deprecated)
    context.emit({
      code: 'operation-deprecated',
      breaking: false,
      side: 'operation',
      location: 'operation',
      message: 'now deprecated',
    });
  if (base.operationId !== head.operationId) {
    const message = `operationId ${base.operationId} -> ${head.operationId}`;
    context.emit({
      code: 'operation-id-changed',
      breaking: false,
      side: 'operation',
      location: 'operation',
      message,
    });
  }
}

/** Every change between two versions of one operation. */
export function diffOperation(context: DiffContext, base: Operation, head: Operation): void {
  diffAnnotations(context, base, head);
  diffSecurity(context, base, head);
  diffParameters(context, base, head);
  diffRequestBody(context, base, head);
  diffResponses(context, base, head);
}
