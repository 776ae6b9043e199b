import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { type CliIo, processIo } from './cli-io.js';
import { askCommand } from './commands/ask.js';
import { exportCommand } from './commands/export.js';
import { kitCommand } from './commands/kit.js';
import { listCommand } from './commands/list.js';
import { practiceCommand } from './commands/practice.js';
import { reviewCommand } from './commands/review.js';
import { showCommand } from './commands/show.js';
import { statsCommand } from './commands/stats.js';
import { validateCommand } from './commands/validate.js';
import { printable } from './printable.js';
import { createTerminal } from './terminal.js';
import { VERSION } from './version.js';

/**
 * Runs the `prepdeck` command line with the given arguments and returns its exit code:
 * 0 on success, 1 when something failed (a missing or invalid bank, an unreadable
 * progress file), 2 for bad usage (unknown commands, flags or values, or `practice` and
 * `review` without an interactive terminal), 130 after Ctrl-C in a session.
 *
 * @param argv - The arguments after the program name, e.g. `['ask', '-n', '5']`.
 * @param io - Streams and environment to use instead of the process's own.
 * @returns The exit code.
 *
 * @example
 * ```ts
 * import { run } from '@prepdeck/cli';
 *
 * const code = await run(['ask', '-n', '2', '--seed', 'demo']);
 * // prints two questions; code === 0
 * ```
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const fullIo: CliIo = { ...processIo(), ...io };
  const term = createTerminal(fullIo);
  // Errors echo what was typed; control characters in it are shown, not acted on.
  const output = {
    writeOut: (text: string) => fullIo.stdout.write(text),
    writeErr: (text: string) => fullIo.stderr.write(printable(text)),
  };
  const program = new Command('prepdeck')
    .description('Practise interview questions for Utility Customer Relations Managers, offline.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .configureOutput(output)
    .addHelpText(
      'after',
      `
Examples:
  $ prepdeck ask -n 5 --seed demo
  $ prepdeck practice -n 3
  $ prepdeck review --stats
  $ prepdeck export --format anki --out prepdeck.txt
  $ prepdeck kit --minutes 45 --format html --out kit.html
  $ prepdeck validate my-bank.yaml

Set NO_COLOR to turn colours off.
Run \`prepdeck <command> --help\` for each command's flags and examples.`,
    );
  const outcome = { exitCode: 0 };
  const commands = [
    askCommand(term),
    showCommand(term),
    listCommand(term),
    statsCommand(term, () => fullIo.now()),
    practiceCommand(term, fullIo, outcome),
    reviewCommand(term, fullIo, outcome),
    exportCommand(term),
    kitCommand(term),
    validateCommand(term),
  ];
  for (const command of commands) {
    command.showSuggestionAfterError(true).configureOutput(output);
    program.addCommand(command);
  }
  program.exitOverride();
  for (const command of commands) command.exitOverride();

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
        return 0;
      if (error.code === 'commander.executeSubCommandAsync') return 0;
      return 2;
    }
    if (error instanceof CliError) {
      if (error.message !== '') fullIo.stderr.write(`${printable(error.message)}\n`);
      return error.exitCode;
    }
    fullIo.stderr.write(
      printable(`prepdeck: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`),
    );
    return 1;
  }
}
