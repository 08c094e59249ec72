// `npm run build` (and `prepare`, run by `npm ci`): compiles src/ to dist/ with tsc, then stamps dist/.built
// so bin/contract.js knows the build is complete. Without TypeScript (an install without dev dependencies)
// it says so and leaves dist/ alone: bin/contract.js then runs the sources through tsx.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './dist-is-current.js';

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.log('build: TypeScript is not installed (no dev dependencies); the CLI will run from src/ via tsx');
  process.exit(0);
}
const built = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
writeFileSync(join(ROOT, 'dist', '.built'), '');
