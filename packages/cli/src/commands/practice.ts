import { query } from '@prepdeck/sdk';
import { Command } from 'commander';
import { CliError, usageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { criteriaFromFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { loadProgress, progressPath } from '../progress/progress-file.js';
import { resolveMovedCards } from '../progress/resolve-moved-cards.js';
import { withFlagErrors } from '../sdk-errors.js';
import { runSession } from '../session/run-session.js';
import type { Terminal } from '../terminal.js';
import {
  addBalanceOption,
  addBankOption,
  addFilterOptions,
  addSeedOption,
  wholeNumber,
} from './common-options.js';
import { NO_MATCH, type PickFlags, pickQuestions } from './pick-questions.js';

/** Stops a session command early when nobody is at the keyboard. */
export function requireTerminal(io: CliIo, command: string): void {
  if (!io.interactive) {
    throw usageError(
      `prepdeck ${command} needs an interactive terminal: standard input and output must be a TTY. To print questions instead, use \`prepdeck ask\`.`,
    );
  }
}

export function practiceCommand(term: Terminal, io: CliIo, outcome: { exitCode: number }): Command {
  const command = new Command('practice')
    .summary('a mock interview: answer, see guidance and feedback, rate yourself')
    .description(
      'A mock interview in the terminal. Each question shows a countdown from its suggested time; type an answer of up to 100,000 characters (or answer aloud and submit an empty one), then see feedback on what you typed, a follow-up, what the interviewer assesses, the red flags and the rubric (type s at the rating prompt for a strong answer), and rate yourself. Ratings feed the `review` schedule.',
    )
    .option('-n, --count <n>', 'how many questions', wholeNumber(1), 3);
  addFilterOptions(command);
  addSeedOption(command);
  addBalanceOption(command, 'category');
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck practice                      # three questions, three categories
  $ prepdeck practice -n 5 --seniority director --seed interview-day
  $ prepdeck practice --category complaints-and-escalations --type situational
  $ prepdeck practice --difficulty advanced --balance-by type`,
  );
  return command.action(async (flags: PickFlags) => {
    requireTerminal(io, 'practice');
    const bank = await loadBank(flags.bank);
    const picked = withFlagErrors(() =>
      pickQuestions(query(bank, criteriaFromFlags(flags)), flags),
    );
    if (picked.length === 0) throw new CliError(NO_MATCH);
    const file = progressPath(io.env);
    const progress = await loadProgress(file, io.now());
    for (const note of resolveMovedCards(progress, bank.moved)) term.note(note);
    const result = await runSession({
      io,
      term,
      bank,
      questions: picked,
      progressFile: file,
      title: 'Practice',
    });
    if (result.outcome === 'interrupted') outcome.exitCode = 130;
  });
}
