import { escapePointerSegment } from '../../../core/json-pointer.ts';
import { compileErrorOf } from '../../../schema/compile-error-of.ts';
import type { CasePlan, UnsupportedFeature } from '../../case-plan-types.ts';
import type { CasePhase } from '../../types.ts';
import { diagnoseSchema } from './diagnose-schema.ts';
import { isJsonMediaType } from '../../../core/media-type.ts';
import { VALID_REQUEST_PHASES } from './parameter-plan.ts';
import type { PlanContext } from './plan-context.ts';

/** Without a valid body: no valid request, hence no request- or resource-level case either. */
const NO_VALID_BODY: readonly CasePhase[] = ['positive', 'request', 'resource'];

function feature(
  ctx: PlanContext,
  keyword: string,
  pointer: string,
  reason: string,
  phases: readonly CasePhase[],
): UnsupportedFeature {
  return { operationId: ctx.operation.operation.operationId, keyword, pointer, reason, phases: [...phases] };
}

/** A request body declared without a JSON schema this tool can use: none is generated. */
function withoutJsonSchema(ctx: PlanContext): UnsupportedFeature[] {
  const { operation } = ctx.operation;
  const declared = operation.requestBody;
  if (declared === undefined || ctx.body !== undefined) return [];
  const json = declared.content.find((media) => isJsonMediaType(media.mediaType));
  const types = declared.content.map((media) => media.mediaType).join(', ') || 'no media type';
  const pointer = json
    ? `${operation.pointer}/requestBody/content/${escapePointerSegment(json.mediaType)}`
    : `${operation.pointer}/requestBody`;
  const reason = json
    ? `${json.mediaType} body: ${json.schema === undefined ? 'no schema' : 'its schema cannot be compiled (see the schema-not-compilable finding)'}`
    : `${types} body: only JSON bodies are generated`;
  if (!declared.required) {
    ctx.params.notes.push(
      `the request body is optional and not generated (${reason}): requests are sent without one`,
    );
    return [];
  }
  return [
    feature(
      ctx,
      json ? 'schema' : 'requestBody',
      pointer,
      `required request body, ${reason}`,
      VALID_REQUEST_PHASES,
    ),
  ];
}

/**
 * What keeps the plan from building request bodies: a body that is not JSON, a schema ajv cannot compile,
 * a schema no valid value could be built for (with the keyword most likely responsible).
 */
export function unsupportedBody(ctx: PlanContext): UnsupportedFeature[] {
  const missing = withoutJsonSchema(ctx);
  if (missing.length > 0 || ctx.body === undefined) return missing;
  const { schema, required } = ctx.body;
  const compileError = compileErrorOf(schema);
  if (compileError !== undefined)
    return [
      feature(
        ctx,
        'schema',
        schema.pointer,
        `request body schema cannot be compiled: ${compileError}`,
        VALID_REQUEST_PHASES,
      ),
    ];
  if (ctx.exampleBody !== undefined) return [];
  const culprit = diagnoseSchema(schema);
  const reason = `no valid request body could be built (values are checked against ${culprit.keyword} after they are built, and none passed)`;
  return [feature(ctx, culprit.keyword, culprit.pointer, reason, required ? NO_VALID_BODY : ['positive'])];
}

/** What a plan reports about its mutations, worked out when first read (it checks every mutation). */
export interface LazyReports {
  mutations: () => CasePlan['mutations'];
  dropped: () => CasePlan['dropped'];
}

/**
 * The plan with the deterministic phases an unsupported feature names emptied (and no negative phase
 * then), and `mutations` / `dropped` as properties computed on first read, once.
 */
export function withoutUnsupported(
  plan: Omit<CasePlan, 'mutations' | 'dropped'>,
  reports: LazyReports,
): CasePlan {
  const phases = new Set(plan.unsupported.flatMap((entry) => entry.phases));
  const cut: Omit<CasePlan, 'mutations' | 'dropped'> = {
    ...plan,
    coverage: phases.has('coverage') ? [] : plan.coverage,
    negative: phases.has('negative') ? undefined : plan.negative,
    request: phases.has('request') ? [] : plan.request,
    auth: phases.has('auth') ? [] : plan.auth,
    resource: phases.has('resource') ? [] : plan.resource,
  };
  const once = <T>(make: () => T): (() => T) => {
    let made: { value: T } | undefined;
    return () => (made ??= { value: make() }).value;
  };
  const mutations = once(reports.mutations);
  const dropped = once(reports.dropped);
  return Object.defineProperties(cut, {
    mutations: { get: mutations, enumerable: true },
    dropped: { get: dropped, enumerable: true },
  }) as CasePlan;
}
