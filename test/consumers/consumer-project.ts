import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const PACKAGES = ['schema', 'questions', 'sdk', 'cli'] as const;

/** The dependency versions the consumer project installs besides the packed packages. */
const TOOLS = { typescript: '5.9.3', tsx: '4.23.15' };

export interface ConsumerProjectOptions {
  /**
   * `'module'` (the default) writes `"type": "module"` into the project's package.json;
   * `'commonjs'` leaves the field out, as `npm init -y` does, so that `.js` files there are
   * CommonJS.
   */
  readonly type?: 'module' | 'commonjs';
  /** More npm package specs to install beside the packages and the tools. */
  readonly install?: readonly string[];
}

/** The folder of tarballs, packed once per test file and shared by its projects. */
let packed: string | undefined;

function packPackages(): string {
  if (packed !== undefined) return packed;
  const packs = mkdtempSync(join(tmpdir(), 'prepdeck-packs-'));
  for (const name of PACKAGES) {
    execFileSync('pnpm', ['pack', '--pack-destination', packs], {
      cwd: join(REPO, 'packages', name),
      stdio: 'pipe',
    });
  }
  packed = packs;
  return packs;
}

/**
 * Packs every publishable package with `pnpm pack` (as they would be published) and
 * installs the tarballs with plain `npm install` into a fresh project outside the repo.
 * A second call in the same test file reuses the tarballs of the first.
 */
export function createConsumerProject(options: ConsumerProjectOptions = {}): string {
  const packs = packPackages();
  const project = join(mkdtempSync(join(tmpdir(), 'prepdeck-consumer-')), 'project');
  mkdirSync(project);
  const manifest =
    options.type === 'commonjs'
      ? { name: 'prepdeck-consumer', version: '1.0.0', private: true }
      : { name: 'prepdeck-consumer', private: true, type: 'module' };
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
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
      ...(options.install ?? []),
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
