import { defineProject } from 'vitest/config';

/**
 * The vitest project config every package shares: tests colocated with the sources and
 * the `@prepdeck/source` export condition so that workspace packages resolve to their
 * TypeScript sources. Type tests (`*.test-d.ts`) run in the root `types` project.
 */
export function packageProject(name: string) {
  return defineProject({
    resolve: { conditions: ['@prepdeck/source'] },
    ssr: {
      resolve: { conditions: ['@prepdeck/source', 'module', 'node', 'development|production'] },
    },
    test: {
      name,
      include: [
        'src/**/*.test.ts',
        'test/**/*.test.ts',
        'lint/**/*.test.ts',
        'scripts/**/*.test.ts',
      ],
      // Browser tests run on their own, in `pnpm test:e2e`.
      exclude: ['**/node_modules/**', '**/*.e2e.test.ts'],
    },
  });
}
