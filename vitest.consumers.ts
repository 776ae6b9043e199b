import { defineConfig } from 'vitest/config';

/**
 * Consumer tests: the packed packages installed with npm into a fresh project. Run after
 * `pnpm build` (by `.ci/run` after `pnpm test`); slower than the unit tests, so kept apart.
 */
export default defineConfig({
  test: {
    name: 'consumers',
    include: ['test/consumers/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
