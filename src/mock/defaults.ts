import { packagePath } from '../core/package-root.ts';

/**
 * The bundled mock's well-known defaults, shared by `startMockServer` and the `mock` CLI command. The tokens are
 * the mock's own and deliberately public: they open nothing but a local in-memory server.
 */
export const MOCK_DEFAULTS = {
  /** Loopback only: the mock is a test double, never a service. */
  host: '127.0.0.1',
  /** 0 asks the OS for a free port. */
  port: 0,
  /** Bearer token allowed to create keys. */
  token: 'mock-token-full-0123456789abcdef',
  /** Bearer token that authenticates but may not create keys (403). */
  readOnlyToken: 'mock-token-readonly-0123456789ab',
  /** The account a contract run targets. */
  serviceAccountId: 'sa_contract_mock',
  /** A second account, so per-account isolation (names, quotas) can be observed. */
  secondServiceAccountId: 'sa_contract_mock_secondary',
  /** An account id the mock never knows, for 404 cases. */
  unknownServiceAccountId: 'sa_contract_mock_unknown',
  /** Keys per account before 402: large enough for a full contract run. */
  quota: 100_000,
  /** Request bodies above this many bytes are rejected with 400. */
  maxBodyBytes: 1024 * 1024,
  /** Delay of the `slow` fault: longer than a typical client timeout. */
  slowMs: 2_000,
  /** The pinned document, resolved from this file so the working directory does not matter. */
  specPath: packagePath('fixtures', 'create-service-account-api-key.openapi.yaml'),
  /** The Service Accounts family (create, list, revoke, rotate): `specPath` for the key's whole life cycle. */
  familySpecPath: packagePath('fixtures', 'service-accounts.openapi.yaml'),
} as const;

/** Where the mock serves the OpenAPI document it implements, as JSON, without authentication. */
export const MOCK_DOCUMENT_PATH = '/api/v0/openapi.json';
