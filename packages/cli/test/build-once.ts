import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The process tests run the built `prepdeck` binary. `pnpm test` builds first; when run
 * on their own, build the workspace once if any package's output is missing.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..', '..');
  const outputs = [
    'schema/dist/index.js',
    'questions/dist/index.js',
    'sdk/dist/coach.js',
    'cli/dist/cli.js',
  ];
  if (outputs.every((file) => existsSync(join(root, 'packages', file)))) return;
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
}
