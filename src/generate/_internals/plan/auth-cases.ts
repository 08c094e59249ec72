import type { AuthMode, CaseExpectation, CaseScheme, RequestCase } from '../../types.ts';
import { jsonCaseBody, makeCase, type CaseFields, type PlanContext } from './plan-context.ts';
import type { PlanSecurity } from './plan-security.ts';

/** What the run holds for a scheme and how it is required: which faults can be sent with certainty. */
interface SchemeFacts {
  held: boolean;
  forbidden: boolean;
  bearer: boolean;
  /** Alone in its alternative: "missing" is then the request without any credentials, planned once. */
  alone: boolean;
}

interface FaultRule {
  mode: AuthMode;
  expect: CaseExpectation;
  /** Appended to the scheme's label. */
  title: string;
  when(facts: SchemeFacts): boolean;
  tags?: string[];
}

const FAULTS: readonly FaultRule[] = [
  { mode: 'none', expect: 'unauthenticated', title: ' missing', when: (facts) => !facts.alone },
  { mode: 'empty', expect: 'unauthenticated', title: ' empty', when: () => true },
  { mode: 'garbled', expect: 'unauthenticated', title: ' garbled', when: (facts) => facts.held },
  { mode: 'unknown', expect: 'unauthenticated', title: ': one the server never issued', when: () => true },
  {
    mode: 'forbidden',
    expect: 'forbidden',
    title: ': a valid one without permission',
    when: (facts) => facts.forbidden,
    tags: ['needs-forbidden-token'],
  },
  {
    mode: 'scheme-lowercase',
    expect: 'accepted',
    title: ': a valid token under the scheme name "bearer"',
    when: (facts) => facts.bearer && facts.held,
  },
  {
    mode: 'scheme-uppercase',
    expect: 'accepted',
    title: ': a valid token under the scheme name "BEARER"',
    when: (facts) => facts.bearer && facts.held,
  },
];

/** How a scheme reads in a title: `ApiKeyAuth (apiKey in header "X-API-Key")`. */
function labelOf(scheme: CaseScheme): string {
  const { placement } = scheme;
  const where =
    placement.kind === 'bearer'
      ? 'Bearer token'
      : placement.kind === 'basic'
        ? 'Basic user:password'
        : `apiKey in ${placement.kind} "${placement.name}"`;
  return `${scheme.key} (${where})`;
}

/** The fault cases of one scheme, tested within `alternative` (the others in it sent valid). */
function faultFields(security: PlanSecurity, scheme: CaseScheme, alternative: CaseScheme[]): CaseFields[] {
  const bearer = scheme.placement.kind === 'bearer';
  const facts: SchemeFacts = {
    held: security.valid.has(scheme.key),
    forbidden: security.forbidden.has(scheme.key),
    bearer,
    alone: alternative.length === 1,
  };
  return FAULTS.filter((rule) => rule.when(facts)).map((rule) => {
    const mode = rule.mode === 'empty' && bearer ? 'empty-bearer' : rule.mode;
    return {
      body: { kind: 'none' },
      expect: rule.expect,
      title: `${labelOf(scheme)}${rule.title}`,
      auth: mode,
      credentials: { schemes: alternative, fault: scheme.key },
      tags: [mode, `scheme:${scheme.key}`, ...(rule.tags ?? [])],
    };
  });
}

/** True when some alternative needs only schemes among `keys`: a request sending them is still allowed. */
function stillSatisfied(security: PlanSecurity, keys: ReadonlySet<string>): boolean {
  return security.alternatives.some((alternative) => alternative.every((scheme) => keys.has(scheme.key)));
}

/**
 * For each scheme, the alternative it is tested in: one where the run can send every other scheme valid,
 * and where those others alone do not satisfy some alternative (else no rejection is to be expected).
 */
function testedSchemes(security: PlanSecurity): { scheme: CaseScheme; alternative: CaseScheme[] }[] {
  const tested = new Map<string, { scheme: CaseScheme; alternative: CaseScheme[] }>();
  for (const raw of security.alternatives) {
    if (raw.some((scheme) => scheme.placement === undefined)) continue;
    const alternative = raw as CaseScheme[];
    for (const scheme of alternative) {
      const others = alternative.filter((other) => other.key !== scheme.key);
      if (tested.has(scheme.key) || others.some((other) => !security.valid.has(other.key))) continue;
      if (stillSatisfied(security, new Set(others.map((other) => other.key)))) continue;
      tested.set(scheme.key, { scheme, alternative });
    }
  }
  return [...tested.values()];
}

/**
 * The valid request under each credential fault, per security scheme: missing, empty, garbled, unknown,
 * without permission, and (bearer) the scheme name in other cases. Only where a rejection is certain: an
 * operation that allows anonymous calls gets none, and a fault leaving another alternative met is left out.
 * The credentials themselves are attached later by the http layer.
 */
export function authCases(ctx: PlanContext): RequestCase[] {
  const { security } = ctx;
  // A requirement only of schemes it cannot send (mutualTLS...) may refuse before HTTP: nothing is certain.
  const placeable = security.alternatives.some((alternative) =>
    alternative.every((scheme) => scheme.placement !== undefined),
  );
  if (security.anonymous || !placeable) return [];
  const body =
    ctx.body && ctx.exampleBody !== undefined ? jsonCaseBody(ctx.exampleBody) : ({ kind: 'none' } as const);
  const nothing: CaseFields = {
    body,
    expect: 'unauthenticated',
    title: 'no credentials at all',
    auth: 'none',
    credentials: { schemes: [] },
    tags: ['none'],
  };
  const faults = testedSchemes(security).flatMap(({ scheme, alternative }) =>
    faultFields(security, scheme, alternative),
  );
  return [nothing, ...faults].map((entry, index) => makeCase(ctx, 'auth', index, { ...entry, body }));
}
