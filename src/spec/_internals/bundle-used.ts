import { ok, type Result } from '../../core/result.ts';
import type { SpecFinding } from '../types.ts';
import { bundleDocument } from './bundle-document.ts';
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
}

function leftOut(reason: string, removed: string[]): SpecFinding {
  const names = removed.slice(0, 5).join(', ') + (removed.length > 5 ? ', ...' : '');
  return {
    code: 'ref-unresolved',
    severity: 'warning',
    message: `${reason}; the ${removed.length} components no operation uses were left out (${names})`,
  };
}

/**
 * Bundles the document's external `$ref`s. The bundler is all-or-nothing: when it fails, it is tried once
 * more without the components that no path or webhook reaches, so that a broken reference nothing uses
 * (an unused component) costs a warning, not the run. A failure that remains is the error.
 */
export async function bundleUsed(
  document: Record<string, unknown>,
  location: BundleLocation,
): Promise<Result<Bundled>> {
  const { path, kind, timeoutMs } = location;
  const whole = await bundleDocument(document, path, kind, timeoutMs);
  if (whole.ok) return ok({ document: whole.value, findings: [] });
  const pruned = pruneUnusedComponents(document);
  if (pruned.removed.length === 0) return whole;
  const used = await bundleDocument(pruned.document, path, kind, timeoutMs);
  if (!used.ok) return whole;
  return ok({ document: used.value, findings: [leftOut(whole.error.message, pruned.removed)] });
}
