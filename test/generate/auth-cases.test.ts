import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCasePlan } from '../../src/generate/build-case-plan.ts';
import { securitySummary } from '../../src/generate/security-summary.ts';
import type { CredentialAvailability } from '../../src/generate/case-plan-types.ts';
import { CREDENTIAL_PLACE_TAG, CREDENTIALS_UNMET_TAG, type RequestCase } from '../../src/generate/types.ts';
import { compiledSchemaFor } from '../helpers/compiled-schema.ts';
import type { CompiledOperation } from '../../src/schema/types.ts';
import type { SecuritySchemeSpec } from '../../src/spec/types.ts';

const apiKey: SecuritySchemeSpec = { key: 'key', type: 'apiKey', in: 'header', parameterName: 'X-API-Key' };
const basic: SecuritySchemeSpec = { key: 'basic', type: 'http', scheme: 'basic' };
const bearer: SecuritySchemeSpec = { key: 'jwt', type: 'http', scheme: 'bearer' };
const digest: SecuritySchemeSpec = { key: 'digest', type: 'http', scheme: 'digest' };
const mtls: SecuritySchemeSpec = { key: 'mtls', type: 'mutualTLS' };

/** A bodyless GET with the given security: its plan's auth phase is what is under test. */
function operationWith(security: SecuritySchemeSpec[][]): CompiledOperation {
  return {
    operation: {
      operationId: 'getThing',
      method: 'get',
      path: '/thing',
      tags: [],
      deprecated: false,
      parameters: [],
      responses: [],
      security,
      pointer: '/paths/~1thing/get',
    },
    parameters: [],
    responses: [],
    responseFor: () => undefined,
  };
}

function plan(security: SecuritySchemeSpec[][], credentials?: CredentialAvailability) {
  return buildCasePlan(operationWith(security), { fixedPathParams: {}, seed: 1, credentials });
}

const summary = (cases: RequestCase[]) =>
  cases.map((requestCase) => [
    requestCase.auth,
    requestCase.credentials?.fault ?? '-',
    requestCase.credentials?.schemes.map((scheme) => scheme.key).join('+') ?? '',
    requestCase.expect,
  ]);

describe('auth cases per security scheme', () => {
  it('tests an apiKey scheme: missing, empty, garbled, unknown, forbidden; labelled with the scheme', () => {
    const planned = plan([[apiKey]], { valid: ['key'], forbidden: ['key'] });
    expect(summary(planned.auth)).toEqual([
      ['none', '-', '', 'unauthenticated'],
      ['empty', 'key', 'key', 'unauthenticated'],
      ['garbled', 'key', 'key', 'unauthenticated'],
      ['unknown', 'key', 'key', 'unauthenticated'],
      ['forbidden', 'key', 'key', 'forbidden'],
    ]);
    expect(planned.auth[2]?.title).toContain('key (apiKey in header "X-API-Key")');
    expect(planned.auth[1]?.tags).toContain('scheme:key');
    expect(planned.unsatisfied).toEqual([]);
    const [valid] = fc.sample(planned.positive, { seed: 1, numRuns: 1 });
    expect(valid?.auth).toBe('valid');
    expect(valid?.credentials).toEqual({
      schemes: [{ key: 'key', placement: { kind: 'header', name: 'X-API-Key' } }],
    });
  });

  it('tests the bearer scheme name case-insensitivity only for bearer schemes', () => {
    const modes = plan([[bearer]]).auth.map((requestCase) => requestCase.auth);
    expect(modes).toEqual([
      'none',
      'empty-bearer',
      'garbled',
      'unknown',
      'forbidden',
      'scheme-lowercase',
      'scheme-uppercase',
    ]);
    const basicModes = plan([[basic]], { valid: ['basic'], forbidden: [] }).auth.map((c) => c.auth);
    expect(basicModes).toEqual(['none', 'empty', 'garbled', 'unknown']);
  });

  it('with alternatives (A OR B), faults one scheme at a time and sends nothing else', () => {
    const planned = plan([[apiKey], [basic]], { valid: ['key', 'basic'], forbidden: [] });
    const faulted = planned.auth.filter((requestCase) => requestCase.credentials?.fault !== undefined);
    for (const requestCase of faulted) expect(requestCase.credentials?.schemes).toHaveLength(1);
    expect(new Set(faulted.map((requestCase) => requestCase.credentials?.fault))).toEqual(
      new Set(['key', 'basic']),
    );
    // One request without any credentials, not one per scheme.
    expect(planned.auth.filter((requestCase) => requestCase.auth === 'none')).toHaveLength(1);
  });

  it('with a set (A AND B), sends the other valid and also tests each one missing', () => {
    const planned = plan([[apiKey, basic]], { valid: ['key', 'basic'], forbidden: [] });
    const missingKey = planned.auth.find((c) => c.auth === 'none' && c.credentials?.fault === 'key');
    expect(missingKey?.credentials?.schemes.map((scheme) => scheme.key)).toEqual(['key', 'basic']);
    expect(missingKey?.expect).toBe('unauthenticated');
  });

  it('expects no rejection where another alternative is still met', () => {
    // key AND basic, or basic alone: a bad key with a valid basic is still allowed.
    const planned = plan([[apiKey, basic], [basic]], { valid: ['key', 'basic'], forbidden: [] });
    expect(planned.auth.filter((requestCase) => requestCase.credentials?.fault === 'key')).toEqual([]);
    expect(planned.auth.some((requestCase) => requestCase.credentials?.fault === 'basic')).toBe(true);
  });

  it('plans no auth case when anonymous access is allowed', () => {
    expect(plan([[], [apiKey]], { valid: ['key'], forbidden: [] }).auth).toEqual([]);
    expect(plan([]).auth).toEqual([]);
  });

  it('names what it cannot satisfy, sends the rest without credentials and tags it', () => {
    const planned = plan([[apiKey], [digest], [mtls]], { valid: [], forbidden: [] });
    expect(planned.unsatisfied).toEqual([
      { scheme: 'key', why: expect.stringContaining('CONTRACT_AUTH_KEY') },
      { scheme: 'digest', why: expect.stringContaining('"digest" is not supported') },
      { scheme: 'mtls', why: expect.stringContaining('mutualTLS') },
    ]);
    expect(planned.notes.join('\n')).toContain('no security requirement can be met');
    // Still certain without a credential: nothing, an empty key or an unknown key is refused.
    expect(planned.auth.map((requestCase) => requestCase.auth)).toEqual(['none', 'empty', 'unknown']);
    const [valid] = fc.sample(planned.positive, { seed: 1, numRuns: 1 });
    expect(valid?.auth).toBe('none');
    expect(valid?.credentials).toEqual({ schemes: [] });
    expect(valid?.tags).toContain(CREDENTIALS_UNMET_TAG);
    for (const requestCase of planned.auth) expect(requestCase.tags).not.toContain(CREDENTIALS_UNMET_TAG);
  });

  it('plans no auth case when no alternative is of a kind it can send', () => {
    const planned = plan([[mtls], [digest]], { valid: [], forbidden: [] });
    expect(planned.auth).toEqual([]);
    expect(planned.unsatisfied.map((entry) => entry.scheme)).toEqual(['mtls', 'digest']);
  });

  it('sends a met alternative with ordinary cases when another cannot be met', () => {
    const planned = plan([[mtls], [apiKey]], { valid: ['key'], forbidden: [] });
    expect(planned.unsatisfied.map((entry) => entry.scheme)).toEqual(['mtls']);
    const [valid] = fc.sample(planned.positive, { seed: 1, numRuns: 1 });
    expect(valid?.credentials?.schemes.map((scheme) => scheme.key)).toEqual(['key']);
    expect(valid?.tags).not.toContain(CREDENTIALS_UNMET_TAG);
  });

  it('defaults to the bearer-token schemes holding CONTRACT_TOKEN', () => {
    const planned = plan([[apiKey], [bearer]]);
    expect(planned.unsatisfied.map((entry) => entry.scheme)).toEqual(['key']);
    const [valid] = fc.sample(planned.positive, { seed: 1, numRuns: 1 });
    expect(valid?.credentials?.schemes.map((scheme) => scheme.key)).toEqual(['jwt']);
  });
});

describe('securitySummary', () => {
  it('names the schemes tested and those not satisfied, once each, with their operations', () => {
    const operations = [
      { operationId: 'a', security: [[apiKey], [bearer]] },
      { operationId: 'b', security: [[apiKey]] },
      { operationId: 'c', security: [[mtls]] },
      { operationId: 'd', security: [] },
    ];
    expect(securitySummary(operations, { valid: ['jwt'], forbidden: [] })).toEqual({
      tested: ['jwt'],
      unsatisfied: [
        { scheme: 'key', why: expect.stringContaining('CONTRACT_AUTH_KEY'), operations: ['a', 'b'] },
        { scheme: 'mtls', why: expect.stringContaining('mutualTLS'), operations: ['c'] },
      ],
      unmet: ['b', 'c'],
    });
  });
});

describe('a parameter declared where a credential goes', () => {
  it('tags the cases invalid for it: the credential is sent there instead, so they cannot be judged', () => {
    const schema = { type: 'string', minLength: 10 };
    const declared: CompiledOperation = {
      ...operationWith([[apiKey]]),
      parameters: [
        {
          spec: {
            name: 'X-API-Key',
            in: 'header',
            required: true,
            schema,
            deprecated: false,
            pointer: '/p/0',
          },
          schema: compiledSchemaFor(schema),
        },
      ],
    };
    const planned = buildCasePlan(declared, {
      fixedPathParams: {},
      seed: 1,
      credentials: { valid: ['key'], forbidden: [] },
    });
    const invalid = [
      ...planned.coverage,
      ...fc.sample(planned.negative ?? fc.constant(undefined), { seed: 1, numRuns: 20 }),
    ].filter((requestCase): requestCase is RequestCase => requestCase?.expect === 'rejected');
    expect(invalid.length).toBeGreaterThan(0);
    for (const requestCase of invalid) expect(requestCase.tags).toContain(CREDENTIAL_PLACE_TAG);
  });
});
