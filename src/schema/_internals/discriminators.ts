import { escapePointerSegment } from '../../core/json-pointer.ts';
import { isRecord } from '../../spec/_internals/is-record.ts';
import { refToPointer } from '../../spec/_internals/ref-pointer.ts';
import type { Discriminator } from '../discriminator-of.ts';

/** Translated schema objects -> the discriminator written on their source (see discriminatorOf). */
export const DISCRIMINATORS = new WeakMap<object, Discriminator>();

/** `#/components/schemas/Cat` stays a pointer; a bare `Cat` names `/components/schemas/Cat`. */
function targetPointer(target: string): string {
  return refToPointer(target) ?? `/components/schemas/${escapePointerSegment(target)}`;
}

/** Remembers the discriminator of `source` on its translation `out`, when it is well formed. */
export function keepDiscriminator(source: Record<string, unknown>, out: Record<string, unknown>): void {
  const written = source.discriminator;
  if (!isRecord(written) || typeof written.propertyName !== 'string') return;
  const mapping: Record<string, string> = {};
  if (isRecord(written.mapping))
    for (const [value, target] of Object.entries(written.mapping))
      if (typeof target === 'string') mapping[value] = targetPointer(target);
  DISCRIMINATORS.set(out, { propertyName: written.propertyName, mapping });
}
