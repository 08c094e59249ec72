import { ok, type Result } from '../../core/result.ts';
import type { SpecFinding } from '../types.ts';
import { bundleDocument } from './bundle-document.ts';
import { failingExternalRefs } from './failing-external-refs.ts';
import { prepareRefs, type RefAt } from './prepare-refs.ts';
import { pruneUnusedComponents } from './prune-unused-components.ts';

export interface BundleLocation {
  path: string;
  kind: 'file' | 'url';
  timeoutMs: number;
}

export interface Bundled {
  document: Record<string, unknown>;
  /** Findings about what bundling had to leave out. */
  findings: SpecFinding[];
  /** External `$ref`s that could not be bundled, set aside (renamed) for the operations using them to be skipped. */
  unresolved: RefAt[];
}

function leftOut(reason: string, removed: string[]): SpecFinding {
  const names = removed.slice(0, 5).join(', ') + (removed.length > 5 ? ', ...' : '');
  return {
    code: 'ref-unresolved',
    severity: 'warning',
    message: `${reason}; the ${removed.length} components no operation uses were left out (${names})`,
  };
}

/** The failing external refs found one by one and set aside; the rest bundled. Undefined when that fails too. */
async function withoutFailing(
  document: Record<string, unknown>,
  location: BundleLocation,
): Promise<Bundled | undefined> {
  const failing = await failingExternalRefs(document, location);
  if (failing.size === 0) return undefined;
  const prepared = prepareRefs(document, (ref) => !failing.has(ref));
  const bundled = await bundleDocument(prepared.document, location.path, location.kind, location.timeoutMs);
  return bundled.ok ? { document: bundled.value, findings: [], unresolved: prepared.unresolved } : undefined;
}

/**
 * Bundles the document's external `$ref`s. The bundler is all-or-nothing, so when it fails: first without
 * the components no path or webhook reaches (a broken reference nothing uses costs a warning, not the run);
 * then with each failing external ref found and set aside, so that only the operations using one are
 * skipped. A failure that remains is the error.
 */
export async function bundleUsed(
  document: Record<string, unknown>,
  location: BundleLocation,
): Promise<Result<Bundled>> {
  const { path, kind, timeoutMs } = location;
  const whole = await bundleDocument(document, path, kind, timeoutMs);
  if (whole.ok) return ok({ document: whole.value, findings: [], unresolved: [] });
  const pruned = pruneUnusedComponents(document);
  if (pruned.removed.length > 0) {
    const used = await bundleDocument(pruned.document, path, kind, timeoutMs);
    if (used.ok)
      return ok({
        document: used.value,
        findings: [leftOut(whole.error.message, pruned.removed)],
        unresolved: [],
      });
  }
  const partial = await withoutFailing(document, location);
  return partial === undefined ? whole : ok(partial);
}
