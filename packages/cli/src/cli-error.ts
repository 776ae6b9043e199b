/**
 * An error the CLI reports as a message, without a stack trace, and exits with
 * `exitCode`: 2 for bad usage (unknown flags or values), 1 for everything else.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A usage error: exit code 2. */
export const usageError = (message: string) => new CliError(message, 2);
