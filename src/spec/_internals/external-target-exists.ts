import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Whether the file an external `$ref` of a local document names exists. Only local files are looked at:
 * a URL (or any ref of a document read from a URL) is left to the bundler, which reports what it cannot read.
 */
export function externalTargetExists(ref: string, source: string, kind: 'file' | 'url'): boolean {
  if (kind !== 'file') return true;
  try {
    const target = new URL(ref, pathToFileURL(resolve(source)).href);
    return target.protocol !== 'file:' || existsSync(fileURLToPath(target));
  } catch {
    return true;
  }
}
