import type { Bank, Question } from '@prepdeck/schema';
import { type Criteria, query } from '@prepdeck/sdk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { criteriaFromFlags, type FilterFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { plural } from '../render/plural.js';
import { withFlagErrors } from '../sdk-errors.js';
import type { Terminal } from '../terminal.js';
import { writeOutFile } from '../write-out-file.js';
import {
  addBankOption,
  addFilterOptions,
  addSeedOption,
  fileName,
  wholeNumber,
} from './common-options.js';

const FORMATS = ['md', 'csv', 'json', 'questions-json', 'anki'] as const;

/**
 * The bank `--format json` writes: the source bank's vocabularies with only the selected
 * questions, so that `prepdeck validate` accepts it and `--bank` loads it. Links to
 * questions left out (a question's related ids, merged ids) are dropped.
 */
export function bankWith(bank: Bank, questions: readonly Question[]): Bank {
  const exported = new Set(questions.map((question) => question.id));
  const { moved, ...rest } = bank;
  const kept = Object.entries(moved ?? {}).filter(([, to]) => exported.has(to));
  return {
    ...rest,
    ...(kept.length > 0 ? { moved: Object.fromEntries(kept) } : {}),
    questions: questions.map((question) =>
      question.related.every((id) => exported.has(id))
        ? question
        : { ...question, related: question.related.filter((id) => exported.has(id)) },
    ),
  };
}

/** An Anki deck name, as a commander argument parser: Anki reads it from one header line. */
function deckName(value: string): string {
  if (value.trim() === '' || /[\r\n]/.test(value)) {
    throw new InvalidArgumentError(
      'Expected a deck name on one line, such as "Utility interviews" (:: nests decks, as in "Interviews::Utilities").',
    );
  }
  return value;
}

interface ExportFlags extends FilterFlags {
  readonly format: (typeof FORMATS)[number];
  readonly count?: number;
  readonly seed?: string;
  readonly out?: string;
  readonly guidance: boolean;
  readonly deck?: string;
  readonly bank?: string;
}

export function exportCommand(term: Terminal): Command {
  const command = new Command('export')
    .summary('export questions as Markdown, CSV, JSON or an Anki deck')
    .description(
      'Export the questions that match the filters, with their guidance unless --no-guidance.',
    )
    .addOption(
      new Option(
        '--format <format>',
        'output format, required: json is a bank that --bank and validate read, questions-json a bare array',
      )
        .choices(FORMATS)
        .makeOptionMandatory(),
    )
    .option('-n, --count <n>', 'export at most this many questions', wholeNumber(1))
    .option('--out <file>', 'write to a file instead of standard output', fileName)
    .option('--no-guidance', 'leave out the guidance fields')
    .option('--deck <name>', 'the Anki deck name (with --format anki)', deckName, 'prepdeck');
  addFilterOptions(command);
  addSeedOption(command);
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck export --format md --out questions.md
  $ prepdeck export --format csv --category billing-and-metering --no-guidance
  $ prepdeck export --format anki --deck "Utility interviews" --out prepdeck.txt
  $ prepdeck export --format json --seniority director --out director.json
  $ prepdeck export --format md -n 10 --seed week-1 --out week-1.md`,
  );
  return command.action(async (flags: ExportFlags) => {
    if (flags.format === 'json' && !flags.guidance) {
      throw new CliError(
        "A bank needs each question's guidance, so --format json cannot leave it out. Use --format questions-json --no-guidance for the questions alone.",
        2,
      );
    }
    const bank = await loadBank(flags.bank);
    const criteria: Criteria = {
      ...criteriaFromFlags(flags),
      ...(flags.seed === undefined ? {} : { seed: flags.seed }),
      ...(flags.count === undefined ? {} : { limit: flags.count }),
    };
    const selected = withFlagErrors(() => query(bank, criteria));
    const format = await import('@prepdeck/sdk/format');
    const options = { guidance: flags.guidance };
    const text =
      flags.format === 'md'
        ? format.toMarkdown(selected, options)
        : flags.format === 'csv'
          ? format.toCsv(selected, options)
          : flags.format === 'json'
            ? `${JSON.stringify(bankWith(bank, selected), null, 2)}\n`
            : flags.format === 'questions-json'
              ? format.toJson(selected, options)
              : format.toAnki(selected, { ...options, deck: flags.deck ?? 'prepdeck' });
    if (flags.out === undefined) {
      term.write(text.replace(/\n$/, ''));
      return;
    }
    await writeOutFile(flags.out, text);
    term.note(`Wrote ${plural(selected.length, 'question')} to ${flags.out} (${flags.format}).`);
  });
}
