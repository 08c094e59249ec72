import type { CompiledOperation } from '../../../schema/types.ts';
import type { CasePlanOptions } from '../../case-plan-types.ts';
import { exampleValue } from './example-value.ts';
import { jsonBody } from './json-body.ts';
import { parameterPlan } from './parameter-plan.ts';
import type { PlanContext } from './plan-context.ts';
import { planSecurity } from './plan-security.ts';
import { uniquePaths } from './unique-paths.ts';

const DEFAULT_SEED = 0x5eed;

/** What every case of an operation's plan shares: its body, its parameters, its credentials. */
export function planContextOf(operation: CompiledOperation, options: CasePlanOptions): PlanContext {
  const seed = options.seed ?? DEFAULT_SEED;
  const body = jsonBody(operation);
  const security = planSecurity(operation.operation, options.credentials);
  return {
    operation,
    body,
    params: parameterPlan(operation, options.fixedPathParams, seed),
    // Credentials go with every case that needs them, and with those where they are optional too.
    auth: security.auth,
    security,
    uniquePaths: body ? uniquePaths(body.schema) : [],
    exampleBody: body ? exampleValue(body.schema, seed) : undefined,
    seed,
  };
}
