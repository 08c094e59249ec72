import type { TranslationState } from './translation-state.ts';

function compiles(pattern: string, flags: string): boolean {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch {
    return false;
  }
}

/** Escapes that keep their meaning with the `u` flag; any other `\x` was an identity escape of `x`. */
const MEANINGFUL_ESCAPE = /[\^$\\.*+?()[\]{}|/\-dDwWsSbBnrtfv0-9cuxkpP]/;
const QUANTIFIER = /^\{\d+(,\d*)?\}/;

/**
 * The same pattern written for the `u` flag: a lone `{`, `}` or `]` (literal without the flag) escaped,
 * and an identity escape of a plain character (`\_`, `\@`) reduced to the character.
 */
function toUnicodePattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? '';
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      const kept = MEANINGFUL_ESCAPE.test(next) && (inClass || next !== '-');
      out += kept ? `\\${next}` : next;
      index += 1;
    } else if (inClass) {
      inClass = char !== ']';
      out += char;
    } else if (char === '{') {
      const quantifier = QUANTIFIER.exec(pattern.slice(index))?.[0];
      out += quantifier ?? '\\{';
      index += (quantifier?.length ?? 1) - 1;
    } else {
      inClass = char === '[';
      out += char === '}' || char === ']' ? `\\${char}` : char;
    }
  }
  return out;
}

/**
 * `pattern` is an ECMA-262 regular expression; this tool compiles it with the `u` flag so lengths and
 * classes count code points. A pattern written for engines without it (lone braces, `\_`) would make its
 * whole schema uncompilable: it is rewritten to the same meaning with the flag, and the rewrite is noted.
 */
export function translateUnicodePattern(
  out: Record<string, unknown>,
  path: string,
  state: TranslationState,
): void {
  const { pattern } = out;
  if (typeof pattern !== 'string' || compiles(pattern, 'u') || !compiles(pattern, '')) return;
  const rewritten = toUnicodePattern(pattern);
  if (!compiles(rewritten, 'u')) return;
  out.pattern = rewritten;
  state.findings.push({
    code: 'pattern-rewritten',
    severity: 'info',
    message: `pattern ${pattern} is not valid with the unicode flag; read as ${rewritten} (the same without it)`,
    path,
  });
}
