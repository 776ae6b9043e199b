/**
 * Where the CLI reads and writes, so that tests and other programs can run it with their
 * own streams. {@link run} fills in the process's streams for anything left out.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import { type CliIo, run } from '@prepdeck/cli';
 *
 * const stdout = new PassThrough();
 * const io: Partial<CliIo> = { stdout, env: { NO_COLOR: '1' } };
 * await run(['ask', '-n', '1', '--seed', 'demo'], io);
 * ```
 */
export interface CliIo {
  /** Typed input for `practice` and `review`: a readable stream such as `process.stdin`. */
  readonly stdin: CliInputStream;
  /** Results. `columns` (or `COLUMNS` in `env`) and `isTTY` decide wrapping and colours. */
  readonly stdout: CliOutputStream;
  /** Errors and notes. */
  readonly stderr: CliOutputStream;
  /** Environment: `NO_COLOR`, `COLUMNS`, `PREPDECK_HOME`, `XDG_DATA_HOME`, `HOME`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a person is at the keyboard (stdin and stdout are terminals). */
  readonly interactive: boolean;
  /** The current time; injectable for scheduling tests. */
  readonly now: () => Date;
  /** Aborting it stops a practice or review session as Ctrl-C does. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * A readable stream the CLI reads typed answers from, such as `process.stdin` or a
 * `PassThrough`. Only the shape is declared, so using the API needs no Node type
 * definitions.
 *
 * @example
 * ```ts
 * import { PassThrough } from 'node:stream';
 * import type { CliInputStream } from '@prepdeck/cli';
 *
 * const input: CliInputStream = new PassThrough();
 * ```
 */
export interface CliInputStream {
  on(event: string, listener: (...args: never[]) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/**
 * A writable text stream the CLI writes to, such as `process.stdout`.
 *
 * @example
 * ```ts
 * import type { CliOutputStream } from '@prepdeck/cli';
 *
 * const lines: string[] = [];
 * const output: CliOutputStream = { write: (text: string) => lines.push(text) };
 * ```
 */
export interface CliOutputStream {
  write(text: string): unknown;
  /** Terminal width, when it is a terminal. */
  readonly columns?: number | undefined;
  /** Whether it is a terminal. */
  readonly isTTY?: boolean | undefined;
}

/** The process's own streams and environment. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    now: () => new Date(),
  };
}
