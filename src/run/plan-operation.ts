import { err, ok, type Result } from '../core/result.ts';
import { buildCasePlan } from '../generate/build-case-plan.ts';
import type { CasePlan, CredentialAvailability } from '../generate/case-plan-types.ts';
import type { CompiledOperation, CompiledSpec } from '../schema/types.ts';
import type { ContractExtension } from './extension.ts';
import { knownPathParams } from './path-params.ts';
import type { RunConfig } from './run-config.ts';
import type { RunSession } from './types.ts';

/** What planning needs: no network, so `contract plan` plans exactly what a run would send. */
export interface PlanContext {
  config: RunConfig;
  compiled: CompiledSpec;
  extensions: readonly ContractExtension[];
  /** Which schemes the run holds credentials for: resolved once per run (`resolveRunCredentials`). */
  availability: CredentialAvailability;
}

/**
 * The plan of one operation with the run's known-good path parameters (the configured service account and
 * CONTRACT_PATH_PARAMS) and its seed (the same seed plans the same cases); an operation the generator
 * cannot plan is an error value (it is skipped, the others run).
 */
export function planFor(operation: CompiledOperation, context: PlanContext): Result<CasePlan> {
  const { config, availability } = context;
  let plan: CasePlan;
  try {
    plan = buildCasePlan(operation, {
      fixedPathParams: knownPathParams(config),
      seed: config.seed,
      credentials: availability,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return err('OAC_ERR_PLAN', `${operation.operation.operationId} cannot be planned: ${why}`);
  }
  // A scheme's own CONTRACT_AUTH_<SCHEME>_FORBIDDEN is the user's word that it lacks permission wherever that
  // scheme guards. CONTRACT_FORBIDDEN_TOKEN (a read-only token) is certain to get 403 only where an extension
  // knows the operation needs a permission it lacks; elsewhere those cases are left out, not failed.
  const declared = Object.keys(config.credentials).some((name) => name.endsWith('_FORBIDDEN'));
  const forbidden =
    declared ||
    context.extensions.some((extension) => extension.expectsForbidden?.(operation, context) ?? false);
  const auth = forbidden ? plan.auth : plan.auth.filter((requestCase) => requestCase.auth !== 'forbidden');
  return ok({ ...plan, auth });
}

/** The session's plan of an operation, by id. */
export function planOperation(
  session: RunSession,
  operationId: string,
): Result<{ operation: CompiledOperation; plan: CasePlan }> {
  const operation = session.compiled.operation(operationId);
  if (operation === undefined) {
    return err('OAC_ERR_OPERATION_NOT_FOUND', `${operationId} is not in ${session.specChoice.source}`);
  }
  const plan = planFor(operation, session);
  return plan.ok ? ok({ operation, plan: plan.value }) : plan;
}
