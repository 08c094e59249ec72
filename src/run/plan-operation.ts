import { err, ok, type Result } from '../core/result.ts';
import { buildCasePlan } from '../generate/build-case-plan.ts';
import type { CasePlan } from '../generate/case-plan-types.ts';
import type { CompiledOperation } from '../schema/types.ts';
import { knownPathParams } from './path-params.ts';
import type { RunSession } from './types.ts';

/**
 * The operation's plan with the run's known-good path parameters (the configured service account and
 * CONTRACT_PATH_PARAMS) and its seed (the same seed plans the same cases).
 */
export function planOperation(
  session: RunSession,
  operationId: string,
): Result<{ operation: CompiledOperation; plan: CasePlan }> {
  const operation = session.compiled.operation(operationId);
  if (operation === undefined) {
    return err('OAC_ERR_OPERATION_NOT_FOUND', `${operationId} is not in ${session.specChoice.source}`);
  }
  const { config } = session;
  let plan: CasePlan;
  try {
    plan = buildCasePlan(operation, { fixedPathParams: knownPathParams(config), seed: config.seed });
  } catch (error) {
    // One operation the generator cannot plan must not stop the others: it is skipped with the reason.
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return err('OAC_ERR_PLAN', `${operationId} cannot be planned: ${why}`);
  }
  // 403 is only certain where an extension knows the operation needs a permission the read-only credential
  // lacks; elsewhere (and without such a credential) those cases are left out, not failed.
  const forbidden =
    config.forbiddenToken !== undefined &&
    session.extensions.some((extension) => extension.expectsForbidden?.(session, operation) ?? false);
  const auth = forbidden ? plan.auth : plan.auth.filter((requestCase) => requestCase.auth !== 'forbidden');
  return ok({ operation, plan: { ...plan, auth } });
}
