/**
 * The three ways a server may count a string's length. JSON Schema counts Unicode code points;
 * JavaScript, Java and .NET strings count UTF-16 code units; databases often count UTF-8 bytes.
 */
export interface StringLengths {
  codePoints: number;
  utf16Units: number;
  utf8Bytes: number;
}

export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function stringLengths(text: string): StringLengths {
  return {
    codePoints: codePointLength(text),
    utf16Units: text.length,
    utf8Bytes: Buffer.byteLength(text, 'utf8'),
  };
}

/** `128 code points, 256 UTF-16 units, 512 bytes`: how a case describes its string. */
export function describeLengths(text: string): string {
  const { codePoints, utf16Units, utf8Bytes } = stringLengths(text);
  return `${codePoints} code points, ${utf16Units} UTF-16 units, ${utf8Bytes} UTF-8 bytes`;
}
