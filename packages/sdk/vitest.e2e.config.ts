import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@prepdeck/source'] },
  test: {
    name: 'sdk-e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
