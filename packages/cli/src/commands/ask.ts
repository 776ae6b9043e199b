import type { Question } from '@prepdeck/schema';
import { query } from '@prepdeck/sdk';
import { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { criteriaFromFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { renderGuidance, renderQuestion } from '../render/render-question.js';
import { withFlagErrors } from '../sdk-errors.js';
import type { Terminal } from '../terminal.js';
import {
  addBalanceOption,
  addBankOption,
  addFilterOptions,
  addSeedOption,
  wholeNumber,
} from './common-options.js';
import { NO_MATCH, type PickFlags, pickQuestions } from './pick-questions.js';

interface AskFlags extends PickFlags {
  readonly guidance?: boolean;
  readonly json?: boolean;
}

/** A question without its guidance, for JSON output without --guidance. */
export function withoutGuidance(question: Question): Omit<Question, 'guidance'> {
  const { guidance: _, ...rest } = question;
  return rest;
}

export function askCommand(term: Terminal): Command {
  const command = new Command('ask')
    .summary('print questions, filtered and picked at random')
    .description(
      'Print questions picked at random from the bank, optionally filtered, with or without guidance.',
    )
    .option('-n, --count <n>', 'how many questions', wholeNumber(1), 5)
    .option(
      '--guidance',
      'include what the interviewer assesses, key points, red flags, sample answer and follow-ups',
    )
    .option('--json', 'print JSON instead of text');
  addFilterOptions(command);
  addSeedOption(command);
  addBalanceOption(command, 'none');
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck ask -n 5 --seed demo          # the same five questions every time
  $ prepdeck ask --category key-accounts --difficulty advanced --guidance
  $ prepdeck ask --type behavioral,situational --seniority director -n 3
  $ prepdeck ask --difficulty intermediate..advanced --tag smart-meters
  $ prepdeck ask --competency empathy --search "medical cert" --json
  $ prepdeck ask -n 16 --balance-by category --seed week-1
  $ prepdeck ask --bank ./my-bank.yaml -n 3`,
  );
  return command.action(async (flags: AskFlags) => {
    const bank = await loadBank(flags.bank);
    const picked = withFlagErrors(() =>
      pickQuestions(query(bank, criteriaFromFlags(flags)), flags),
    );
    if (picked.length === 0) {
      throw new CliError(NO_MATCH);
    }
    if (picked.length < flags.count) {
      term.note(
        picked.length === 1
          ? 'Only 1 question matches; showing it.'
          : `Only ${picked.length} questions match; showing all of them.`,
      );
    }
    if (flags.json) {
      term.write(JSON.stringify(flags.guidance ? picked : picked.map(withoutGuidance), null, 2));
      return;
    }
    picked.forEach((question, i) => {
      term.write(renderQuestion(term, bank, question, i + 1));
      if (flags.guidance) term.write(`\n${renderGuidance(term, question, '   ')}`);
      term.write();
    });
  });
}
