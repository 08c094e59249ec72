import { describe, expect, it } from 'vitest';
import { MOCK_DEFAULTS } from '../../src/mock/defaults.ts';
import { formatMockBanner } from '../../src/mock/format-mock-banner.ts';
import { createMockState } from '../../src/mock/state.ts';
import type { MockServer } from '../../src/mock/types.ts';

const server: MockServer = {
  url: 'http://127.0.0.1:4010',
  port: 4010,
  credentials: {
    token: MOCK_DEFAULTS.token,
    readOnlyToken: MOCK_DEFAULTS.readOnlyToken,
    serviceAccountId: MOCK_DEFAULTS.serviceAccountId,
    unknownServiceAccountId: MOCK_DEFAULTS.unknownServiceAccountId,
  },
  state: createMockState([MOCK_DEFAULTS.serviceAccountId], 1),
  requestLog: [],
  operations: [
    {
      operationId: 'createServiceAccountApiKey',
      method: 'POST',
      path: '/api/v0/service-accounts/{serviceAccountId}/api-keys',
    },
  ],
  faults: [],
  close: () => Promise.resolve(),
};

describe('formatMockBanner', () => {
  it('prints the URL, the document, the credentials and the operations', () => {
    const banner = formatMockBanner(server);
    for (const part of [
      'http://127.0.0.1:4010',
      'http://127.0.0.1:4010/api/v0/openapi.json',
      MOCK_DEFAULTS.token,
      MOCK_DEFAULTS.readOnlyToken,
      MOCK_DEFAULTS.serviceAccountId,
      MOCK_DEFAULTS.unknownServiceAccountId,
      'POST /api/v0/service-accounts/{serviceAccountId}/api-keys (createServiceAccountApiKey)',
    ]) {
      expect(banner).toContain(part);
    }
    expect(banner).not.toContain('Faults');
  });

  it('names the active faults, so nobody mistakes a broken mock for a correct one', () => {
    expect(formatMockBanner({ ...server, faults: ['slow', 'no-auth'] })).toContain(
      'Faults:           slow, no-auth',
    );
  });
});
