import { fromPointer } from '../../../core/json-pointer.ts';
import type { CompiledOperation } from '../../../schema/types.ts';
import {
  CREDENTIAL_PLACE_TAG,
  CREDENTIALS_UNMET_TAG,
  type AuthMode,
  type CaseCredentials,
  type CaseExpectation,
  type CasePhase,
  type Reason,
  type RequestBody,
  type RequestCase,
} from '../../types.ts';
import { placeParameters } from '../params/place-parameters.ts';
import type { WireParameter } from '../params/wire-parameter.ts';
import type { JsonBody } from './json-body.ts';
import { ownedByCredential } from './owned-by-credential.ts';
import type { ParameterPlan } from './parameter-plan.ts';
import { ordinaryCredentials, type PlanSecurity } from './plan-security.ts';

/** What every case of one plan shares. */
export interface PlanContext {
  operation: CompiledOperation;
  body: JsonBody | undefined;
  params: ParameterPlan;
  /** `valid` when the run sends credentials with ordinary cases, `none` when it does not. */
  auth: AuthMode;
  /** The operation's security as the run can meet it: the alternative ordinary cases send. */
  security: PlanSecurity;
  /** Top-level free-text string properties that get a unique run tag before sending. */
  uniquePaths: string[];
  /** A valid body for cases that vary something else (auth, ids, content type); undefined without one. */
  exampleBody: unknown;
  seed: number;
}

export interface CaseFields {
  body: RequestBody;
  expect: CaseExpectation;
  title: string;
  reason?: Reason;
  tolerated?: number[];
  tags?: string[];
  auth?: AuthMode;
  credentials?: CaseCredentials;
  /** The parameters, when not the plan's base values. */
  params?: readonly WireParameter[];
}

/** Expectations about the data: with a stand-in path value that may name nothing, a 404 is tolerated. */
const ABOUT_DATA: ReadonlySet<CaseExpectation> = new Set(['accepted', 'rejected']);

/**
 * A case of the plan: ids `${operationId}/${phase}/${n}`, Content-Type set for JSON bodies. Without a
 * known-good value for some path parameter, cases accepted or rejected for their data tolerate a 404: the
 * stand-in value may name nothing (credentials are still checked first: 401 and 403 cases do not).
 */
export function makeCase(ctx: PlanContext, phase: CasePhase, n: number, fields: CaseFields): RequestCase {
  const { operation } = ctx.operation;
  const placed = placeParameters(operation.path, fields.params ?? ctx.params.base);
  const headers = placed.headers;
  if (fields.body.kind === 'json') headers['content-type'] = ctx.body?.mediaType ?? 'application/json';
  const standIn = ctx.params.unknownPath.length > 0 && ABOUT_DATA.has(fields.expect);
  const tolerated = standIn ? [...(fields.tolerated ?? []), 404] : fields.tolerated;
  const requestCase: RequestCase = {
    id: `${operation.operationId}/${phase}/${n}`,
    operationId: operation.operationId,
    method: operation.method,
    pathTemplate: placed.pathTemplate,
    pathParams: placed.pathParams,
    query: placed.query,
    headers,
    cookies: placed.cookies,
    auth: fields.auth ?? ctx.auth,
    body: fields.body,
    phase,
    expect: fields.expect,
    title: fields.title,
    uniqueFields: uniqueFieldsOf(ctx, fields.body),
    tags: tagsOf(ctx, phase, fields.tags),
  };
  const credentials = fields.credentials ?? ordinaryCredentials(ctx.security);
  if (credentials) requestCase.credentials = credentials;
  if (ownedByCredential(fields.reason, credentials))
    requestCase.tags = [...requestCase.tags, CREDENTIAL_PLACE_TAG];
  if (fields.reason) requestCase.reason = fields.reason;
  if (tolerated) requestCase.tolerated = [...new Set(tolerated)];
  return requestCase;
}

/** Cases sent without the credentials their operation requires are tagged, so 401/403 is noted, not failed. */
function tagsOf(ctx: PlanContext, phase: CasePhase, tags: string[] | undefined): string[] {
  if (!ctx.security.unmet || phase === 'auth') return tags ?? [];
  return [...(tags ?? []), CREDENTIALS_UNMET_TAG];
}

/** The unique-tag paths that hold a string in this body. */
function uniqueFieldsOf(ctx: PlanContext, body: RequestBody): string[] {
  if (
    body.kind !== 'json' ||
    body.value === null ||
    typeof body.value !== 'object' ||
    Array.isArray(body.value)
  )
    return [];
  const object = body.value as Record<string, unknown>;
  return ctx.uniquePaths.filter((path) => typeof object[fromPointer(path)[0] ?? ''] === 'string');
}

export function jsonCaseBody(value: unknown): RequestBody {
  return { kind: 'json', value };
}
