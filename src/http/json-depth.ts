/**
 * Whether the JSON text nests arrays and objects deeper than `limit`, by one linear scan that skips
 * strings. Run before any parse: deeper documents are refused rather than walked by recursive code
 * (validators, redaction, reports) that would exhaust the stack or the memory.
 */
export function jsonDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return false;
}
