import { pathTemplate } from '../spec/path-template.ts';
import type { HttpMethod } from '../spec/types.ts';
import type { RequestBody, RequestCase } from '../generate/types.ts';
import type { RecordedStep } from './recorded-step.ts';

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

/**
 * The body to send: exactly the recorded text. A JSON body stays a JSON value (checks compare it with the
 * answer) only when serialising that value gives the same text back; anything else is sent raw.
 */
function bodyOf(step: RecordedStep): RequestBody {
  const text = step.request.body;
  if (text === undefined) return { kind: 'none' };
  if (step.bodyKind === 'json') {
    try {
      const value: unknown = JSON.parse(text);
      if (JSON.stringify(value) === text) return { kind: 'json', value };
    } catch {
      // Not JSON after all: sent as it is.
    }
  }
  const contentType = headerValue(step.request.headers, 'content-type');
  return { kind: 'raw', text, contentType, note: 'replayed as recorded' };
}

/**
 * The path parameters a recorded path gives its operation's template (`/things/{id}` and `/v1/things/17`:
 * `{id: '17'}`; a server path before it is allowed), so that what an extension learns from the answer (a key's
 * account) is known as for any case. Empty when the path does not fit the template.
 */
function pathParamsOf(template: string | undefined, recordedPath: string): Record<string, string> {
  if (template === undefined) return {};
  const compiled = pathTemplate.compile(template);
  const match = new RegExp(`${compiled.source}$`).exec(recordedPath.split('?')[0] ?? '');
  return (match === null ? undefined : pathTemplate.values(compiled, match)) ?? {};
}

/**
 * A request case that sends a recorded request again: the recorded path and query verbatim (no template to
 * expand), the recorded headers, and credentials rebuilt from the auth mode and the configured tokens.
 * `template`, the operation's path, names the path parameters the recorded path holds.
 */
export function caseFromStep(step: RecordedStep, template?: string): RequestCase {
  const requestCase: RequestCase = {
    id: step.caseId,
    operationId: step.operationId,
    method: step.request.method.toLowerCase() as HttpMethod,
    pathTemplate: step.request.path,
    pathParams: pathParamsOf(template, step.request.path),
    query: {},
    headers: { ...step.request.headers },
    cookies: {},
    auth: step.auth,
    body: bodyOf(step),
    phase: step.phase,
    expect: step.expect,
    title: step.title,
    uniqueFields: [],
    tags: step.tags,
  };
  // The places the schemes own (holding recorded placeholders) are refilled by the http layer.
  if (step.credentials !== undefined) requestCase.credentials = step.credentials;
  if (step.reason !== undefined) requestCase.reason = step.reason;
  if (step.tolerated !== undefined) requestCase.tolerated = step.tolerated;
  return requestCase;
}
