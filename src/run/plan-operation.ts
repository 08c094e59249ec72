import { err, ok, type Result } from '../core/result.ts';
import { buildCasePlan } from '../generate/build-case-plan.ts';
import type { CasePlan } from '../generate/case-plan-types.ts';
import type { CompiledOperation } from '../schema/types.ts';
import { resolveCredentials } from './credentials-config.ts';
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
  // Which schemes the run holds credentials for (CONTRACT_AUTH_*, CONTRACT_TOKEN); values stay in the client.
  const { availability } = resolveCredentials(config, [operation.operation]);
  const plan = buildCasePlan(operation, {
    fixedPathParams: knownPathParams(config),
    seed: config.seed,
    credentials: availability,
  });
  // Without a credential lacking permission there is nothing to prove about 403: the plan has no such case.
  return ok({ operation, plan });
}
