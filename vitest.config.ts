import { defineConfig } from 'vitest/config';

// Two projects: `unit` verifies this tool (npm test); `contract` is the product users run (npm run contract).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
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
