import { createColors } from 'picocolors';
import type { CliIo } from './cli-io.js';
import { printable } from './printable.js';

/** Colours and width for one run: plain text when NO_COLOR is set or stdout is not a terminal. */
export interface Terminal {
  readonly color: ReturnType<typeof createColors>;
  /** The width to wrap text at. */
  readonly width: number;
  write(text?: string): void;
  /** A line on stderr; control characters in it are shown as escapes, not acted on. */
  note(text: string): void;
}

export function createTerminal(io: CliIo): Terminal {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const color = createColors(Boolean(io.stdout.isTTY) && !noColor);
  // COLUMNS, when set to a usable width, wins over the terminal's own; pipes get 80.
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? '', 10);
  const columns =
    fromEnv > 20 ? fromEnv : io.stdout.columns && io.stdout.columns > 20 ? io.stdout.columns : 80;
  return {
    color,
    width: Math.min(columns, 100),
    write: (text = '') => {
      io.stdout.write(`${text}\n`);
    },
    note: (text) => {
      io.stderr.write(`${printable(text)}\n`);
    },
  };
}
