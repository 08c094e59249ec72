// `npm run build` (and `prepare`, run by `npm ci`): bundles the CLI (src/cli/main.ts and everything it
// imports, npm packages included) into dist/cli with esbuild, one chunk per lazily loaded command, then
// stamps dist/.built so bin/contract.js knows the build is complete. One bundle instead of ~500 modules is
// most of start-up (`contract plan` 0.48 s -> 0.33 s here). Type checking stays with `npm run typecheck`.
// Without esbuild (an install that skipped it) it says so and leaves dist/ alone: bin/contract.js then
// runs the sources through tsx.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './dist-is-current.js';

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('build: esbuild is not installed; the CLI will run from src/ via tsx');
  process.exit(0);
}
const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const result = await esbuild
  .build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
    outdir: join(dist, 'cli'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The bench's raw-rate reference is a dev dependency, loaded only when present.
    external: ['autocannon'],
    // Bundled CommonJS packages call require() for Node's own modules.
    banner: {
      js: "import { createRequire as __ocsRequire } from 'node:module'; const require = __ocsRequire(import.meta.url);",
    },
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'error',
  })
  .catch(() => undefined);
// The esbuild service is a child process: end it before this one exits.
await esbuild.stop();
if (result === undefined) {
  // esbuild printed why. During an install (`prepare`) that is no reason to fail it: without dist/,
  // bin/contract.js runs the sources through tsx, and `npm test` still type-checks them.
  const installing = process.env.npm_lifecycle_event === 'prepare';
  console.log(`build: the bundle failed${installing ? '; the CLI will run from src/ via tsx' : ''}`);
  process.exit(installing ? 0 : 1);
}
writeFileSync(join(dist, '.built'), '');
