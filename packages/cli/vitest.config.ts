import { defineProject, mergeConfig } from 'vitest/config';
import { packageProject } from '../../vitest.shared.js';

export default mergeConfig(
  packageProject('cli'),
  defineProject({ test: { globalSetup: ['test/build-once.ts'], testTimeout: 30_000 } }),
);
