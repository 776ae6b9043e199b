import { type Command, InvalidArgumentError, Option } from 'commander';
import { collectList } from '../criteria-from-flags.js';
import { MAX_BANK_FILE_SIZE } from '../load-bank.js';

export const BALANCE_CHOICES = ['category', 'type', 'difficulty', 'seniority', 'none'] as const;

/** A whole number from `min` up, as a commander argument parser. */
export function wholeNumber(min: number) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < min) {
      throw new InvalidArgumentError(`Expected a whole number from ${min} up.`);
    }
    return parsed;
  };
}

/**
 * A file name, as a commander argument parser: not empty (an empty name would mean the
 * current folder) and without a NUL character, which no file name can hold.
 */
export function fileName(value: string): string {
  if (value === '') throw new InvalidArgumentError('Expected a file name.');
  if (value.includes('\0')) {
    throw new InvalidArgumentError('A file name cannot contain a NUL character (\\u0000).');
  }
  return value;
}

/** --bank, on every command that reads the bank. */
export function addBankOption(command: Command): Command {
  return command.option(
    '--bank <file>',
    `use a custom bank (JSON or YAML, up to ${MAX_BANK_FILE_SIZE}) instead of the built-in one`,
    fileName,
  );
}

/** The filter flags of ask, practice, review and export. */
export function addFilterOptions(command: Command): Command {
  return command
    .option(
      '--category <ids>',
      'category ids, comma-separated or repeated (see `prepdeck list categories`)',
      collectList,
    )
    .addOption(
      new Option(
        '--type <types>',
        'behavioral, situational, technical, general or exercise; comma-separated or repeated',
      ).argParser(collectList),
    )
    .option(
      '--difficulty <level>',
      'a level, a list (foundational,advanced) or a range (intermediate..advanced)',
    )
    .option(
      '--seniority <levels>',
      'supervisor, manager or director; comma-separated or repeated',
      collectList,
    )
    .option(
      '--tag <ids>',
      'questions with any of these tags (see `prepdeck list tags`)',
      collectList,
    )
    .option('--competency <ids>', 'questions that assess any of these competencies', collectList)
    .option(
      '--jurisdiction <ids>',
      'questions that hold there: portable ones and those placed in it (see `prepdeck list jurisdictions`)',
      collectList,
    )
    .option(
      '--search <words>',
      'words that must start words of the question text, e.g. "esti bill"',
    );
}

export function addSeedOption(command: Command): Command {
  return command.option(
    '--seed <seed>',
    'a seed for a reproducible pick and order (any text or number)',
  );
}

export function addBalanceOption(
  command: Command,
  fallback: (typeof BALANCE_CHOICES)[number],
): Command {
  return command.addOption(
    new Option('--balance-by <field>', 'spread picks evenly across a field')
      .choices(BALANCE_CHOICES)
      .default(fallback),
  );
}
