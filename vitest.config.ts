import { configDefaults, defineConfig } from 'vitest/config';

// Three projects (test/README.md says which test goes where):
// `unit` verifies this tool's modules in process, fast, one layer at a time (test/<layer>);
// `e2e` drives the real CLI (test/e2e: `node bin/contract.js` and servers on loopback);
// `contract` is the product users run (npm run contract). `npm test` runs unit and e2e.
export default defineConfig({
  test: {
    // Most tests wait on sockets and child processes, so two cores keep four workers busy.
    maxWorkers: 4,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          // One module graph per worker: importing ajv, fast-check and the layers again for every file cost more
          // than the tests. Tests therefore restore what they change (timers, env, mocks) themselves.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Builds dist/ first when src/ changed, so each spawned CLI starts fast on the current sources.
          globalSetup: ['test/e2e/build-cli.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'contract',
          include: ['suites/**/*.contract.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // Suites share one target and one creation budget: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
