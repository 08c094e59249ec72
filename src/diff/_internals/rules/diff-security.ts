import type { Operation, SecuritySchemeSpec } from '../../../spec/types.ts';
import type { DiffContext } from '../diff-context.ts';

/** A scheme as clients meet it: a changed type, scheme or key name is a different way to authenticate. */
function schemeKey(scheme: SecuritySchemeSpec): string {
  return [scheme.key, scheme.type, scheme.scheme ?? '', scheme.in ?? '', scheme.parameterName ?? ''].join(
    ':',
  );
}

/** Alternatives as sets of scheme keys; no requirement at all is one empty alternative (anonymous access). */
function alternatives(operation: Operation): string[][] {
  const sets = operation.security.map((set) => set.map(schemeKey).sort());
  return sets.length === 0 ? [[]] : sets;
}

const label = (set: readonly string[]): string =>
  set.length === 0 ? 'no authentication' : set.map((key) => key.split(':')[0]).join(' + ');

/** Still possible for a client who authenticated with `set`: some head alternative asks no more than it. */
const stillSatisfied = (set: readonly string[], head: readonly string[][]): boolean =>
  head.some((alternative) => alternative.every((key) => set.includes(key)));

/** Security added (a new requirement, a lost alternative) breaks the clients who used what was dropped. */
export function diffSecurity(context: DiffContext, base: Operation, head: Operation): void {
  const [before, after] = [alternatives(base), alternatives(head)];
  for (const set of before) {
    if (stillSatisfied(set, after)) continue;
    const message = `clients using ${label(set)} must now use ${after.map(label).join(' or ')}`;
    context.emit({
      code: 'security-added',
      breaking: true,
      side: 'operation',
      location: 'security',
      message,
    });
  }
  for (const set of after) {
    if (stillSatisfied(set, before)) continue;
    const message = `${label(set)} now accepted`;
    context.emit({
      code: 'security-relaxed',
      breaking: false,
      side: 'operation',
      location: 'security',
      message,
    });
  }
}
