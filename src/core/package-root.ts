import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The folder of this tool's package.json (the checkout or the installed package). Found by walking up from
 * this module, so it holds from the sources (src/core) and from the bundled CLI (dist/cli/chunk-*.js) alike:
 * files the tool ships (fixtures/, bin/) are named from here, never by a relative depth.
 */
export function packageRoot(): string {
  if (found !== undefined) return found;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  found = folder;
  return folder;
}

/** A path inside the package: `packagePath('fixtures', 'x.yaml')`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
