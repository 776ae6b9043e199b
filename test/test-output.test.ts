import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageProject } from '../vitest.shared.js';
import workspace from '../vitest.workspace.js';

/**
 * `pnpm test` keeps expected noise out so that a failure stands out: vitest's notice that
 * type testing is experimental comes once per project that type-checks, and attw's table
 * with its ignored node10 column only when a package's types do not resolve.
 */
describe('pnpm test output', () => {
  it('type-checks in one vitest project, so vitest warns once', () => {
    const projects = (workspace.test?.projects ?? []) as unknown[];
    const typechecking = projects.filter(
      (project) =>
        typeof project === 'object' &&
        (project as { test?: { typecheck?: { enabled?: boolean } } }).test?.typecheck?.enabled,
    );
    expect(typechecking).toHaveLength(1);
    expect(packageProject('any').test?.typecheck?.enabled).not.toBe(true);
  });

  it('prints one line for a package whose types resolve, not attw table', () => {
    const schema = join(import.meta.dirname, '..', 'packages', 'schema');
    const result = spawnSync('pnpm', ['exec', 'node', '../../scripts/are-the-types-wrong.mjs'], {
      cwd: schema,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      'attw: @prepdeck/schema resolves for node16 (ESM and CommonJS) and bundlers.',
    );
    expect(result.stdout).not.toContain('💀');
  }, 60_000);
});
