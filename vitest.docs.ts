import { defineConfig } from 'vitest/config';

/**
 * Documentation tests: every code block of README.md and docs/, run and type-checked
 * against the packed packages installed with npm into fresh ES-module and CommonJS
 * projects. Run after `pnpm build` (by `.ci/run` after `pnpm test:consumers`); slower than
 * the unit tests, so kept apart.
 */
export default defineConfig({
  test: {
    name: 'docs',
    include: ['test/docs/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
