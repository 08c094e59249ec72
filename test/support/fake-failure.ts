import type { Failure } from '../../src/run/types.ts';

/** A failure as the run layer builds it, with overridable fields, for recorder and report tests. */
export function fakeFailure(overrides: Partial<Failure> = {}): Failure {
  return {
    operationId: 'createServiceAccountApiKey',
    check: 'negative_data_rejection',
    severity: 'high',
    origin: 'schema',
    message: 'invalid body was accepted: expected 400, got 201',
    evidence: { expected: '400', actual: '201', status: 201, excerpt: '{"apiKey":{}}' },
    groupKey: '#/properties/name/maxLength',
    caseId: 'createServiceAccountApiKey/negative/3',
    caseTitle: 'name has 129 code points (maxLength 128)',
    phase: 'negative',
    reason: {
      location: 'body',
      keyword: 'maxLength',
      schemaPath: '#/properties/name/maxLength',
      instancePath: '/name',
      description: 'name has 129 code points (maxLength 128)',
    },
    status: 201,
    curl: `curl -X POST 'http://127.0.0.1:1/x' -H "Authorization: Bearer $CONTRACT_TOKEN"`,
    bodyBytes: 140,
    ...overrides,
  };
}
