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
  /** Typed input for `practice` and `review`. */
  readonly stdin: NodeJS.ReadableStream;
  /** Results. `columns` and `isTTY` decide wrapping and colours. */
  readonly stdout: NodeJS.WritableStream & { readonly columns?: number; readonly isTTY?: boolean };
  /** Errors and notes. */
  readonly stderr: NodeJS.WritableStream;
  /** Environment: `NO_COLOR`, `PREPDECK_HOME`, `XDG_DATA_HOME`, `HOME`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether a person is at the keyboard (stdin and stdout are terminals). */
  readonly interactive: boolean;
  /** The current time; injectable for scheduling tests. */
  readonly now: () => Date;
  /** Aborting it stops a practice or review session as Ctrl-C does. */
  readonly signal?: AbortSignal | undefined;
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
