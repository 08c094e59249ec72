import type { CompiledOperation, CompiledResponse } from '../src/schema/types.ts';

export interface FuzzRoute {
  method: string;
  pattern: RegExp;
  operation: CompiledOperation;
}

export interface Answer {
  status: number;
  contentType: string | undefined;
  bodyText: string;
}

/** What is wrong with an answer, or undefined when the document allows it. */
export type Verdict = { kind: 'undeclared-status' | 'invalid-body'; detail: string } | undefined;

export interface Oracle {
  /** `headBytes`: the size of the request line and headers as sent. */
  judge(method: string, target: string, answer: Answer, headBytes: number): Verdict;
}

/** RFC 9110 asks servers to take request lines and heads of at least 8000 octets; beyond, 414/431 is fair. */
const HEAD_LIMIT = 8000;

function refusedAsTooLarge(status: number, target: string, headBytes: number): boolean {
  return (status === 431 && headBytes > HEAD_LIMIT) || (status === 414 && target.length > HEAD_LIMIT);
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

const mediaBase = (type: string | undefined): string =>
  (type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The body against the declared response: its media type, and the schema of that media type. */
function judgeBody(declared: CompiledResponse, answer: Answer, method: string): Verdict {
  if (method === 'HEAD') return undefined;
  if (declared.media.length === 0)
    return answer.bodyText === ''
      ? undefined
      : { kind: 'invalid-body', detail: 'a body where none is declared' };
  const media = declared.media.find(
    (candidate) => mediaBase(candidate.mediaType) === mediaBase(answer.contentType),
  );
  if (media === undefined)
    return { kind: 'invalid-body', detail: `undeclared media type ${answer.contentType}` };
  if (media.schema === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(answer.bodyText);
  } catch {
    return { kind: 'invalid-body', detail: `not JSON: ${answer.bodyText.slice(0, 80)}` };
  }
  const errors = media.schema.validate(value);
  if (errors.length === 0) return undefined;
  const first = errors[0];
  return { kind: 'invalid-body', detail: `${first?.instancePath ?? ''} ${first?.message ?? ''}`.trim() };
}

/**
 * The oracle of the fuzz run, built from the document alone: an operation's answer must have a status the
 * document declares and a body its schema accepts; the document route answers 200 to GET (405 to other methods); anything else
 * (unknown paths, other methods) is 404 or 405.
 */
export function createOracle(operations: CompiledOperation[], documentPath: string): Oracle {
  const routes: FuzzRoute[] = operations.map((operation) => ({
    method: operation.operation.method.toUpperCase(),
    pattern: templatePattern(operation.operation.path),
    operation,
  }));
  return {
    judge(method, target, answer, headBytes) {
      if (refusedAsTooLarge(answer.status, target, headBytes)) return undefined;
      const path = target.split('?')[0] ?? '';
      const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path));
      if (route === undefined) {
        const ok =
          path !== documentPath
            ? [404, 405]
            : method === 'GET'
              ? [200]
              : method === 'HEAD'
                ? [200, 405]
                : [405];
        if (ok.includes(answer.status)) return undefined;
        return { kind: 'undeclared-status', detail: `${answer.status} for ${method} ${path.slice(0, 80)}` };
      }
      const declared = route.operation.responseFor(answer.status);
      if (declared === undefined)
        return {
          kind: 'undeclared-status',
          detail: `${answer.status} for ${route.operation.operation.operationId}`,
        };
      return judgeBody(declared, answer, method);
    },
  };
}
