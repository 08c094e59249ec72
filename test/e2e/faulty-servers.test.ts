import { describe, expect, it } from 'vitest';
import type { FaultName } from '../../src/mock/faults.ts';
import { runAgainstMock } from './run-against-mock.ts';

/** Each realistic bug, and the check that must name it. */
const FAULT_TO_CHECK: [FaultName, string][] = [
  ['no-max-length', 'negative_data_rejection'],
  ['utf16-length', 'positive_data_acceptance'],
  ['utf8-length', 'positive_data_acceptance'],
  ['inclusive-expiry', 'negative_data_rejection'],
  ['float-expiry', 'negative_data_rejection'],
  ['string-expiry', 'negative_data_rejection'],
  ['extra-properties-accepted', 'negative_data_rejection'],
  ['missing-name-accepted', 'negative_data_rejection'],
  ['null-name-500', 'not_a_server_error'],
  ['malformed-json-500', 'not_a_server_error'],
  ['any-content-type', 'negative_data_rejection'],
  ['undeclared-422', 'status_code_conformance'],
  ['status-200', 'status_code_conformance'],
  ['missing-fingerprint', 'response_schema_conformance'],
  ['extra-response-field', 'response_schema_conformance'],
  ['fingerprint-is-value', 'fingerprint_is_display_suffix'],
  ['fingerprint-not-suffix', 'fingerprint_is_display_suffix'],
  ['repeated-value', 'minted_values_unique'],
  ['name-trimmed', 'minted_key_echoes_request'],
  ['expiry-not-echoed', 'minted_key_echoes_request'],
  ['expiry-in-seconds', 'minted_key_echoes_request'],
  ['value-in-error', 'secret_not_in_error_body'],
  ['no-auth', 'authentication_enforced'],
  ['unknown-token-accepted', 'authentication_enforced'],
  ['case-sensitive-bearer', 'bearer_scheme_case_insensitive'],
  ['readonly-can-create', 'authorization_enforced'],
  ['forbidden-as-401', 'authorization_enforced'],
  ['unknown-account-201', 'unknown_resource_not_found'],
  ['text-plain-errors', 'content_type_conformance'],
  ['error-missing-title', 'response_schema_conformance'],
  ['error-status-mismatch', 'problem_status_matches'],
  ['forbidden-leaks-key', 'secret_not_in_error_body'],
  ['mint-before-authorize', 'refused_request_mints_nothing'],
  ['broken-json-201', 'response_schema_conformance'],
  // Type confusion: sent for every location by the coverage phase of the generate branch.
  ['null-as-unset', 'negative_data_rejection'],
  ['array-unwrapped', 'negative_data_rejection'],
];

describe('the suite against the correct mock', () => {
  it('finds no violation and exercises every check', async () => {
    const { results } = await runAgainstMock([]);
    expect(results.findings.map((group) => `${group.check}: ${group.example.message}`)).toEqual([]);
    expect(results.toolErrors).toEqual([]);
    for (const [name, tally] of Object.entries(results.checks)) {
      if (name === 'response_time_limit') continue;
      expect(tally.passed + tally.noted, `${name} never applied`).toBeGreaterThan(0);
    }
  });
});

describe('the suite against faulty servers', () => {
  it.each(FAULT_TO_CHECK)('a server with fault %s fails check %s', async (fault, check) => {
    const { results } = await runAgainstMock([fault]);
    const checks = [...new Set(results.findings.map((group) => group.check))];
    expect(checks).toContain(check);
    expect(results.toolErrors).toEqual([]);
  });

  it('a minted value inside a 201 that is not JSON appears in no output', async () => {
    const { results, mock } = await runAgainstMock(['broken-json-201']);
    const values = mock.state.accountIds().flatMap((id) => mock.state.keys(id).map((key) => key.value));
    expect(values.length).toBeGreaterThan(0);
    const text = JSON.stringify(results);
    expect(text).toContain('[REDACTED minted value]');
    for (const value of values) expect(text).not.toContain(value.slice(3, 23));
  });

  it('a server slower than the timeout is a finding, not a hang', async () => {
    const { results } = await runAgainstMock(
      ['slow'],
      { CONTRACT_TIMEOUT_MS: '300', CONTRACT_RUNS: '3' },
      { slowMs: 1500 },
    );
    expect(results.findings.map((group) => group.check)).toContain('response_timely');
  });
});
