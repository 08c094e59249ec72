import { curlBody } from './curl-body.ts';
import { shellQuote } from './shell-quote.ts';
import { shellWord } from './shell-word.ts';
import type { SentRequest } from './types.ts';

export interface CurlOptions {
  /** `--max-time`, in seconds. */
  maxTimeSeconds?: number;
}

const DEFAULT_MAX_TIME_SECONDS = 30;

/**
 * A header argument. Recorded credentials are shell expressions (`Bearer $CONTRACT_TOKEN`), so a value
 * naming a `$CONTRACT_` variable is double-quoted to expand; every other value is single-quoted. An empty
 * value is written `name;`, curl's way to send a header without value (`name:` would remove it).
 */
function headerArg(name: string, value: string): string {
  if (value.includes('$CONTRACT_')) return `"${name}: ${value}"`;
  return shellQuote(value === '' ? `${name};` : `${name}: ${value}`);
}

function headerArgs(request: SentRequest): string[] {
  const args = Object.entries(request.headers).flatMap(([name, value]) => ['-H', headerArg(name, value)]);
  const hasType = Object.keys(request.headers).some((name) => name.toLowerCase() === 'content-type');
  // curl would add `application/x-www-form-urlencoded` to a body sent without a Content-Type.
  if (request.bodyText !== undefined && !hasType) args.push('-H', shellQuote('Content-Type:'));
  return args;
}

/**
 * A copy-pasteable curl command that repeats a recorded request: no globbing, no path normalisation, the
 * credentials read from `$CONTRACT_TOKEN` / `$CONTRACT_FORBIDDEN_TOKEN`. Bodies over 16 KiB are regenerated
 * by a shell snippet when they are one repeated character, else left out with a note.
 */
export function toCurl(request: SentRequest, options: CurlOptions = {}): string {
  const body = request.bodyText === undefined ? undefined : curlBody(request.bodyText);
  const method = request.method.toUpperCase() === 'HEAD' ? ['--head'] : ['-X', shellQuote(request.method)];
  const command = [
    ['curl', '-sS', '-i', '--globoff', '--path-as-is', ...method, shellWord(request.url)],
    ...chunk(headerArgs(request)),
    ...(body ? [body.args] : []),
    ['--max-time', String(options.maxTimeSeconds ?? DEFAULT_MAX_TIME_SECONDS)],
  ]
    .map((line) => line.join(' '))
    .join(' \\\n  ');
  const piped = body?.pipe === undefined ? command : `${body.pipe} | ${command}`;
  return [...(body?.before ?? []), piped].join('\n');
}

function chunk(args: string[]): string[][] {
  const lines: string[][] = [];
  for (let index = 0; index < args.length; index += 2) lines.push(args.slice(index, index + 2));
  return lines;
}
