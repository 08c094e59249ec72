import type { FaultName } from './faults.ts';
import type { MockState } from './state.ts';

export interface MockOptions {
  /** Default 0: a free port chosen by the OS. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Bearer tokens; defaults in MOCK_DEFAULTS. */
  tokens?: { full?: string; readOnly?: string };
  /** Known service account ids; the first is the one `credentials.serviceAccountId` names. */
  serviceAccounts?: string[];
  /** Keys per account before 402. */
  quota?: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** The OpenAPI document to serve and validate against; default the pinned fixture. */
  specPath?: string;
  /** Deliberate bugs, for testing the checker. */
  faults?: FaultName[];
  /** Added to every answer. */
  latencyMs?: number;
  /** Delay of the `slow` fault. */
  slowMs?: number;
}

/** Every option filled in and checked. */
export interface ResolvedMockOptions {
  port: number;
  host: string;
  token: string;
  readOnlyToken: string;
  serviceAccounts: string[];
  unknownServiceAccountId: string;
  quota: number;
  maxBodyBytes: number;
  specPath: string;
  faults: ReadonlySet<FaultName>;
  latencyMs: number;
  slowMs: number;
}

export interface MockCredentials {
  token: string;
  readOnlyToken: string;
  serviceAccountId: string;
  unknownServiceAccountId: string;
}

export interface RequestLogEntry {
  method: string;
  /** The request target as received, query included. */
  path: string;
  status: number;
  /** Epoch milliseconds when the answer was sent. */
  at: number;
}

export interface MockServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  credentials: MockCredentials;
  state: MockState;
  requestLog: RequestLogEntry[];
  /** The operations served, as `POST /api/v0/...` with their ids. */
  operations: { operationId: string; method: string; path: string }[];
  faults: FaultName[];
  close(): Promise<void>;
}

/** What an operation answers; the sender serialises it. */
export interface MockReply {
  status: number;
  body: unknown;
  /** Sent instead of `body` serialised, as `application/json` (the `broken-json-201` fault's hand-built text). */
  raw?: string;
  headers?: Record<string, string>;
}
