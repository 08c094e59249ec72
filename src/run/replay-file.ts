import type { AuthMode, CaseExpectation, CasePhase, ReasonLocation } from '../generate/types.ts';
import { HTTP_METHODS } from '../spec/types.ts';
import type { RecordedStep } from './recorded-step.ts';

export const REPLAY_FORMAT = 'openapi-contract-suite/replay';

/**
 * A replay file (`contract replay FILE`): one distinct finding and the exact requests that showed it. It holds
 * wire requests and expectations only, never generator state, so any later version of the tool can send it.
 */
export interface ReplayFile {
  format: typeof REPLAY_FORMAT;
  version: 1;
  finding: {
    fingerprint: string;
    operationId: string;
    check: string;
    severity: string;
    groupKey: string;
    status?: number;
    message: string;
  };
  recorded: {
    /** Base URL of the run that found it; `--base-url` replays elsewhere. */
    target: string;
    at: string;
    seed: number;
    /** The fast-check path of a generated case (informational: the steps are what is sent). */
    fastCheckPath?: string;
    spec: { source: string; chosen: string; hash: string };
  };
  /** Sent in order; the last one is the failing exchange, the others are what it depends on. */
  steps: RecordedStep[];
}

const AUTH_MODES = [
  'valid',
  'none',
  'empty-bearer',
  'empty',
  'garbled',
  'unknown',
  'forbidden',
  'scheme-lowercase',
  'scheme-uppercase',
] satisfies AuthMode[];
const PHASES = ['coverage', 'positive', 'negative', 'request', 'auth', 'resource'] satisfies CasePhase[];
const EXPECTATIONS = [
  'accepted',
  'rejected',
  'unauthenticated',
  'forbidden',
  'not-found',
] satisfies CaseExpectation[];
const LOCATIONS = ['body', 'path', 'query', 'header', 'cookie', 'request'] satisfies ReasonLocation[];

const text = { type: 'string' } as const;
const strings = { type: 'object', additionalProperties: text } as const;

const reasonSchema = {
  type: 'object',
  required: ['location', 'keyword', 'schemaPath', 'instancePath', 'description'],
  properties: {
    location: { enum: LOCATIONS },
    keyword: text,
    schemaPath: text,
    instancePath: text,
    property: text,
    description: text,
  },
} as const;

const stepSchema = {
  type: 'object',
  required: ['caseId', 'operationId', 'title', 'phase', 'expect', 'auth', 'tags', 'bodyKind', 'request'],
  properties: {
    caseId: text,
    operationId: { type: 'string', minLength: 1 },
    title: text,
    phase: { enum: PHASES },
    expect: { enum: EXPECTATIONS },
    auth: { enum: AUTH_MODES },
    credentials: {
      type: 'object',
      required: ['schemes'],
      properties: {
        schemes: { type: 'array', items: { type: 'object', required: ['key', 'placement'] } },
        fault: text,
      },
    },
    tags: { type: 'array', items: text },
    tolerated: { type: 'array', items: { type: 'integer', minimum: 100, maximum: 599 } },
    reason: reasonSchema,
    bodyKind: { enum: ['none', 'json', 'raw'] },
    uniqueFields: { type: 'array', items: text },
    provides: {
      type: 'array',
      items: {
        type: 'object',
        required: ['param', 'value'],
        properties: { param: { type: 'string', minLength: 1 }, value: text, pointer: text },
      },
    },
    request: {
      type: 'object',
      required: ['method', 'path', 'headers'],
      properties: {
        method: { enum: HTTP_METHODS.map((method) => method.toUpperCase()) },
        path: { type: 'string', pattern: '^/' },
        headers: strings,
        body: text,
      },
    },
  },
} as const;

/** The JSON Schema (2020-12) of a replay file: what `contract replay` accepts. */
export const REPLAY_FILE_SCHEMA = {
  type: 'object',
  required: ['format', 'version', 'finding', 'recorded', 'steps'],
  properties: {
    format: { const: REPLAY_FORMAT },
    version: { const: 1 },
    finding: {
      type: 'object',
      required: ['fingerprint', 'operationId', 'check', 'severity', 'groupKey', 'message'],
      properties: { status: { type: 'integer' } },
    },
    recorded: {
      type: 'object',
      required: ['target', 'at', 'seed', 'spec'],
      properties: { target: text, seed: { type: 'integer' }, spec: { type: 'object', required: ['source'] } },
    },
    steps: { type: 'array', minItems: 1, items: stepSchema },
  },
} as const;
