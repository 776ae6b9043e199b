import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');
export const REPO = join(import.meta.dirname, '..', '..', '..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh, empty PREPDECK_HOME. */
export const tempHome = () => mkdtempSync(join(tmpdir(), 'prepdeck-home-'));

/** Runs the built binary as a real process, with pipes (so not a terminal). */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  input = '',
): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', PREPDECK_HOME: tempHome(), NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
