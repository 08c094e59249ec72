import { request } from 'undici';
import { unwrap } from '../../src/core/result.ts';
import { startMockServer } from '../../src/mock/start-mock-server.ts';
import type { MockOptions, MockServer } from '../../src/mock/types.ts';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path?: string;
  /** Replaces the default headers entirely when given. */
  headers?: Record<string, string>;
  body?: string | Buffer;
  headersTimeout?: number;
}

export async function startMock(options: MockOptions = {}): Promise<MockServer> {
  return unwrap(await startMockServer(options));
}

export function keysPath(accountId: string): string {
  return `/api/v0/service-accounts/${encodeURIComponent(accountId)}/api-keys`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Any request to the mock; the body is always consumed. */
export async function send(server: MockServer, options: SendOptions = {}): Promise<Answer> {
  const response = await request(
    `${server.url}${options.path ?? keysPath(server.credentials.serviceAccountId)}`,
    {
      method: options.method ?? 'POST',
      headers: options.headers ?? {},
      body: options.body,
      headersTimeout: options.headersTimeout,
    },
  );
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: parseJson(text) };
}

/** The default well-formed create call: full token, default account, JSON content type. */
export function create(
  server: MockServer,
  body: unknown,
  overrides: { token?: string; accountId?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers = {
    authorization: `Bearer ${overrides.token ?? server.credentials.token}`,
    'content-type': 'application/json',
    ...overrides.headers,
  };
  const path = keysPath(overrides.accountId ?? server.credentials.serviceAccountId);
  return send(server, { path, headers, body: JSON.stringify(body) });
}

/** A name no other test uses, so tests can share a mock without 409s. */
let counter = 0;
export function uniqueName(prefix = 'key'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function detailOf(answer: Answer): string {
  const body = answer.json;
  if (body === null || typeof body !== 'object') return '';
  const detail = (body as Record<string, unknown>)['detail'];
  return typeof detail === 'string' ? detail : '';
}
