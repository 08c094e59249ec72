import { parseDocument } from 'yaml';
import { err, ok, type Result } from '../../core/result.ts';

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/** YAML 1.2 (JSON included); the first error's first line names the place (`at line 3, column 5`). */
export function parseText(text: string, source: string): Result<unknown> {
  try {
    const document = parseDocument(text.replace(/^\uFEFF/, ''), { merge: true, prettyErrors: true });
    const [first] = document.errors;
    if (first !== undefined) {
      return err(
        'OAC_ERR_SPEC_PARSE',
        `spec ${source} is not valid YAML or JSON: ${firstLine(first.message)}`,
      );
    }
    return ok(document.toJS({ maxAliasCount: 10_000 }) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err('OAC_ERR_SPEC_PARSE', `spec ${source} is not valid YAML or JSON: ${firstLine(message)}`);
  }
}
