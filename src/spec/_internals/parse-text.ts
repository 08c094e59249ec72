import { parseDocument } from 'yaml';
import { err, ok, type Result } from '../../core/result.ts';
import type { SpecFinding } from '../types.ts';

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/**
 * JSON text is parsed by `JSON.parse` first: a 13 MB document takes it a fraction of a second against half
 * a minute for the YAML parser. Text that is not valid JSON goes to the YAML parser, whose errors name the
 * line and column (JSON is YAML 1.2, so the value is the same either way).
 */
function parseJson(text: string): { ok: true; value: unknown } | undefined {
  if (!/^\s*[{[]/.test(text)) return undefined;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

export interface ParsedText {
  value: unknown;
  findings: SpecFinding[];
}

/** A mapping that repeats a key: YAML forbids it, but the document is readable (the last value wins). */
function duplicateKeys(text: string, first: string): Result<ParsedText> {
  const document = parseDocument(text, { merge: true, uniqueKeys: false });
  if (document.errors.length > 0) return err('OAC_ERR_SPEC_PARSE', first);
  const message = `a mapping repeats a key (${first.replace(/^.*?: /, '').replace(/:$/, '')}); the last value is used`;
  return ok({
    value: document.toJS({ maxAliasCount: 10_000 }) as unknown,
    findings: [{ code: 'duplicate-key', severity: 'warning', message }],
  });
}

/**
 * YAML 1.2 (JSON included); the first error's first line names the place (`at line 3, column 5`). Keys
 * repeated in a mapping are the one YAML error read past, with a finding.
 */
export function parseText(text: string, source: string): Result<ParsedText> {
  const clean = text.replace(/^\uFEFF/, '');
  const json = parseJson(clean);
  if (json !== undefined) return ok({ value: json.value, findings: [] });
  try {
    const document = parseDocument(clean, { merge: true, prettyErrors: true });
    const [first] = document.errors;
    if (first === undefined)
      return ok({ value: document.toJS({ maxAliasCount: 10_000 }) as unknown, findings: [] });
    const message = `spec ${source} is not valid YAML or JSON: ${firstLine(first.message)}`;
    if (document.errors.every((error) => error.code === 'DUPLICATE_KEY'))
      return duplicateKeys(clean, message);
    return err('OAC_ERR_SPEC_PARSE', message);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_SPEC_PARSE', `spec ${source} is not valid YAML or JSON: ${firstLine(message)}`);
  }
}
