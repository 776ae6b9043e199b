import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const PACKAGES = ['schema', 'questions', 'sdk', 'cli'] as const;

/** The dependency versions the consumer project installs besides the packed packages. */
const TOOLS = { typescript: '5.9.3', tsx: '4.23.15' };

/**
 * Packs every publishable package with `pnpm pack` (as they would be published) and
 * installs the tarballs with plain `npm install` into a fresh project outside the repo.
 */
export function createConsumerProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'prepdeck-consumer-'));
  const packs = join(root, 'packs');
  mkdirSync(packs);
  for (const name of PACKAGES) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(REPO, 'packages', name),
      stdio: 'pipe',
    });
  }
  const project = join(root, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'prepdeck-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // A custom bank for the README examples that read one.
  writeFileSync(
    join(project, 'bank.json'),
    readFileSync(join(REPO, 'examples', 'custom-bank', 'bank.json')),
  );
  const tarballs = readdirSync(packs).map((file) => join(packs, file));
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      ...Object.entries(TOOLS).map(([n, v]) => `${n}@${v}`),
    ],
    { cwd: project, stdio: 'pipe' },
  );
  return project;
}

/** The subpaths a package exports, except package.json. */
export function exportedSubpaths(name: (typeof PACKAGES)[number]): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO, 'packages', name, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json');
}
