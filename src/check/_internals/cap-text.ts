/**
 * A text cut to at most `max` UTF-16 units (an ellipsis included), never inside a surrogate pair. Cut only
 * after redaction: a secret cut in two would slip past the redactor.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
