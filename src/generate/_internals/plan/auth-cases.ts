import type { AuthMode, CaseExpectation, CaseScheme, RequestCase } from '../../types.ts';
import { jsonCaseBody, makeCase, type CaseFields, type PlanContext } from './plan-context.ts';
import type { PlanSecurity } from './plan-security.ts';

interface Fault {
  mode: AuthMode;
  expect: CaseExpectation;
  title: string;
  tags?: string[];
}

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

/** The faults one scheme is tested with, given what the run holds for it. */
function faultsOf(scheme: CaseScheme, security: PlanSecurity, alone: boolean): Fault[] {
  const label = labelOf(scheme);
  const held = security.valid.has(scheme.key);
  const bearer = scheme.placement.kind === 'bearer';
  const faults: Fault[] = [];
  // Alone in its alternative, "missing" is the request without any credentials, planned once for all.
  if (!alone) faults.push({ mode: 'none', expect: 'unauthenticated', title: `${label} missing` });
  faults.push({
    mode: bearer ? 'empty-bearer' : 'empty',
    expect: 'unauthenticated',
    title: `${label} empty`,
  });
  if (held) faults.push({ mode: 'garbled', expect: 'unauthenticated', title: `${label} garbled` });
  faults.push({ mode: 'unknown', expect: 'unauthenticated', title: `${label}: one the server never issued` });
  if (security.forbidden.has(scheme.key))
    faults.push({
      mode: 'forbidden',
      expect: 'forbidden',
      title: `${label}: a valid one without permission`,
      tags: ['needs-forbidden-token'],
    });
  if (bearer && held)
    for (const [mode, name] of [
      ['scheme-lowercase', 'bearer'],
      ['scheme-uppercase', 'BEARER'],
    ] as const)
      faults.push({
        mode,
        expect: 'accepted',
        title: `${label}: a valid token under the scheme name "${name}"`,
      });
  return faults;
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
  const fields: CaseFields[] = [
    {
      body,
      expect: 'unauthenticated',
      title: 'no credentials at all',
      auth: 'none',
      credentials: { schemes: [] },
      tags: ['none'],
    },
  ];
  for (const { scheme, alternative } of testedSchemes(security)) {
    for (const fault of faultsOf(scheme, security, alternative.length === 1))
      fields.push({
        body,
        expect: fault.expect,
        title: fault.title,
        auth: fault.mode,
        credentials: { schemes: alternative, fault: scheme.key },
        tags: [fault.mode, `scheme:${scheme.key}`, ...(fault.tags ?? [])],
      });
  }
  return fields.map((entry, index) => makeCase(ctx, 'auth', index, entry));
}
