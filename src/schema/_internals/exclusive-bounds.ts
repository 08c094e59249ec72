import type { TranslationState } from './translation-state.ts';

const BOUNDS = [
  ['exclusiveMinimum', 'minimum'],
  ['exclusiveMaximum', 'maximum'],
] as const;

/**
 * OpenAPI 3.0 (JSON Schema draft 4) writes `exclusiveMinimum: true, minimum: 0`; 2020-12 writes
 * `exclusiveMinimum: 0`. `false` means inclusive, which `minimum` already says.
 */
export function translateExclusiveBounds(
  out: Record<string, unknown>,
  path: string,
  state: TranslationState,
): void {
  for (const [exclusive, limit] of BOUNDS) {
    const flag = out[exclusive];
    if (typeof flag !== 'boolean') continue;
    delete out[exclusive];
    if (state.options.dialect === '3.1') {
      state.findings.push({
        code: 'boolean-exclusive-bound',
        severity: 'info',
        message: `${exclusive}: ${flag} is the OpenAPI 3.0 form; read as 3.0`,
        path,
      });
    }
    if (!flag) continue;
    const value = out[limit];
    if (typeof value === 'number') {
      out[exclusive] = value;
      delete out[limit];
    } else {
      state.findings.push({
        code: 'exclusive-bound-without-limit',
        severity: 'warning',
        message: `${exclusive}: true without ${limit} has no effect`,
        path,
      });
    }
  }
}
