import { readFileSync } from 'node:fs';
import { err, ok, type Result } from '../core/result.ts';
import { createAjv } from '../schema/ajv.ts';
import { REPLAY_FILE_SCHEMA, type ReplayFile } from './replay-file.ts';

let validator: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

function validate(value: unknown): string | undefined {
  validator ??= createAjv().compile(REPLAY_FILE_SCHEMA);
  if (validator(value)) return undefined;
  const [first] = validator.errors ?? [];
  return first === undefined ? 'invalid' : `${first.instancePath || '/'} ${first.message ?? 'is invalid'}`;
}

/** A replay file's text, checked against its schema: a wrong file is a one-line error naming it. */
export function parseReplayFile(text: string, source: string): Result<ReplayFile> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_REPLAY_INVALID', `replay file ${source} is not valid JSON (${why})`);
  }
  const problem = validate(value);
  if (problem !== undefined)
    return err('OAC_ERR_REPLAY_INVALID', `replay file ${source} is not a replay file: ${problem}`);
  return ok(value as ReplayFile);
}

export function readReplayFile(path: string): Result<ReplayFile> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return err('OAC_ERR_REPLAY_READ', `cannot read replay file ${path} (${String(code ?? error)})`);
  }
  return parseReplayFile(text, path);
}
