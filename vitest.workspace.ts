import { defineConfig } from 'vitest/config';

/**
 * One vitest project per package, plus `repo` for checks that span the packages. Each
 * package's own vitest.config.ts resolves workspace packages to their TypeScript
 * sources, so tests run without a build.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      { test: { name: 'repo', include: ['test/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
