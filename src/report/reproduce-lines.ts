import type { FindingGroup } from '../run/types.ts';

const INDENT = '      ';

/**
 * The lines under a problem's console line: its replay file (as a command) and its curl command, so each
 * distinct problem can be reproduced from the console alone.
 */
export function reproduceLines(
  group: FindingGroup,
  extra: { replayFile?: string; baseline?: string },
): string[] {
  const curl = group.example.curl.split('\n').join(`\n${INDENT}        `);
  return [
    ...(extra.baseline === undefined ? [] : [`${INDENT}baseline: ${extra.baseline}`]),
    ...(extra.replayFile === undefined ? [] : [`${INDENT}replay: contract replay ${extra.replayFile}`]),
    `${INDENT}curl:   ${curl}`,
  ];
}
