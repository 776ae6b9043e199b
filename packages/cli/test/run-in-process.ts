import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../src/cli-io.js';
import { run } from '../src/run.js';

/** What an in-process run of the CLI returned and printed. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link runInProcess}; every field has a default. */
export interface InProcessOptions {
  /** Environment; NO_COLOR and a fresh, afterwards removed PREPDECK_HOME by default. */
  readonly env?: Readonly<Record<string, string>> | undefined;
  readonly interactive?: boolean | undefined;
  /** Typed input, after which stdin ends. */
  readonly input?: string | undefined;
  readonly now?: (() => Date) | undefined;
  /** Terminal traits of stdout: `{ isTTY: true, columns: 60 }` for a narrow terminal. */
  readonly terminal?: { readonly isTTY?: boolean; readonly columns?: number } | undefined;
}

/**
 * Runs `run(args)` with captured streams, as the CLI would run in a terminal or a pipe,
 * without spawning a process.
 */
export async function runInProcess(
  args: readonly string[],
  options: InProcessOptions = {},
): Promise<InProcessResult> {
  const home = options.env?.PREPDECK_HOME
    ? undefined
    : mkdtempSync(join(tmpdir(), 'prepdeck-run-'));
  const stdin = new PassThrough();
  const stdout = Object.assign(new PassThrough(), options.terminal ?? {});
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  stdin.end(options.input ?? '');
  const io: Partial<CliIo> = {
    stdin,
    stdout,
    stderr,
    env: { NO_COLOR: '1', ...(home ? { PREPDECK_HOME: home } : {}), ...options.env },
    interactive: options.interactive ?? false,
    ...(options.now ? { now: options.now } : {}),
  };
  try {
    const code = await run(args, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    if (home) rmSync(home, { recursive: true, force: true });
  }
}
