import { query } from '@prepdeck/sdk';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { criteriaFromFlags, type FilterFlags } from '../criteria-from-flags.js';
import { fileErrorReason } from '../file-errors.js';
import { loadBank } from '../load-bank.js';
import { plural } from '../render/plural.js';
import { withFlagErrors } from '../sdk-errors.js';
import type { Terminal } from '../terminal.js';
import { writeFileAtomically } from '../write-file-atomically.js';
import { addBankOption, addFilterOptions, fileName } from './common-options.js';

const FORMATS = ['md', 'csv', 'json', 'anki'] as const;

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
      new Option('--format <format>', 'output format').choices(FORMATS).makeOptionMandatory(),
    )
    .option('--out <file>', 'write to a file instead of standard output', fileName)
    .option('--no-guidance', 'leave out the guidance fields')
    .option('--deck <name>', 'the Anki deck name (with --format anki)', deckName, 'prepdeck');
  addFilterOptions(command);
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck export --format md --out questions.md
  $ prepdeck export --format csv --category billing-and-metering --no-guidance
  $ prepdeck export --format anki --deck "Utility interviews" --out prepdeck.txt
  $ prepdeck export --format json --seniority director --out director.json`,
  );
  return command.action(async (flags: ExportFlags) => {
    const bank = await loadBank(flags.bank);
    const selected = withFlagErrors(() => query(bank, criteriaFromFlags(flags)));
    const format = await import('@prepdeck/sdk/format');
    const options = { guidance: flags.guidance };
    const text =
      flags.format === 'md'
        ? format.toMarkdown(selected, options)
        : flags.format === 'csv'
          ? format.toCsv(selected, options)
          : flags.format === 'json'
            ? format.toJson(selected, options)
            : format.toAnki(selected, { ...options, deck: flags.deck ?? 'prepdeck' });
    if (flags.out === undefined) {
      term.write(text.replace(/\n$/, ''));
      return;
    }
    try {
      await writeFileAtomically(flags.out, text);
    } catch (error) {
      throw new CliError(
        `Cannot write ${flags.out}: ${fileErrorReason(error, 'write', flags.out)}.`,
      );
    }
    term.note(`Wrote ${plural(selected.length, 'question')} to ${flags.out} (${flags.format}).`);
  });
}
