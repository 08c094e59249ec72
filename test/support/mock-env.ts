import type { MockServer } from '../../src/mock/types.ts';

/** The CONTRACT_* variables that point a run (or a replay) at a started mock, with its two tokens. */
export const mockEnv = (server: MockServer): Record<string, string> => ({
  CONTRACT_BASE_URL: server.url,
  CONTRACT_TOKEN: server.credentials.token,
  CONTRACT_FORBIDDEN_TOKEN: server.credentials.readOnlyToken,
});
