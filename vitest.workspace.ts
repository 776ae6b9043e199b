import { defineConfig } from 'vitest/config';

/**
 * One vitest project per package, `repo` for checks that span the packages, and `types`
 * for the type tests (`*.test-d.ts`) of every package in one tsc run. Each package's own
 * vitest.config.ts resolves workspace packages to their TypeScript sources, so tests run
 * without a build. Vitest prints, once, that type testing is experimental and asks for its
 * version to be pinned: it is (package.json).
 */
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      { test: { name: 'repo', include: ['test/*.test.ts'], testTimeout: 60_000 } },
      {
        resolve: { conditions: ['@prepdeck/source'] },
        test: {
          name: 'types',
          typecheck: {
            enabled: true,
            only: true,
            include: ['packages/*/src/**/*.test-d.ts'],
            tsconfig: './tsconfig.type-tests.json',
          },
        },
      },
    ],
  },
});
