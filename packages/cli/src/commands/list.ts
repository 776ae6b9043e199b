import { query } from '@prepdeck/sdk';
import { Argument, Command } from 'commander';
import { usageError } from '../cli-error.js';
import { criteriaFromFlags, type FilterFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { withFlagErrors } from '../sdk-errors.js';
import type { Terminal } from '../terminal.js';
import { addBankOption, addFilterOptions } from './common-options.js';

/** What `prepdeck list` lists. */
export const LIST_KINDS = [
  'questions',
  'categories',
  'tags',
  'competencies',
  'roles',
  'jurisdictions',
] as const;
type Kind = (typeof LIST_KINDS)[number];

type ListFlags = FilterFlags & { readonly json?: boolean; readonly bank?: string };

const FILTER_KEYS = [
  'category',
  'type',
  'difficulty',
  'seniority',
  'tag',
  'competency',
  'jurisdiction',
  'search',
] as const;

export function listCommand(term: Terminal): Command {
  const command = new Command('list')
    .summary('list question ids, or a vocabulary (categories, tags, ...) with counts')
    .description(
      'List the ids of the questions that match the filters, or a vocabulary of the bank with the number of questions for each entry.',
    )
    .addArgument(new Argument('<kind>', 'what to list').choices(LIST_KINDS))
    .option('--json', 'print JSON instead of text');
  addFilterOptions(command);
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck list questions --category key-accounts --difficulty advanced
  $ prepdeck list questions --jurisdiction gb --json
  $ prepdeck list categories
  $ prepdeck list tags --json
  $ prepdeck list jurisdictions`,
  );
  return command.action(async (kind: Kind, flags: ListFlags) => {
    const filters = FILTER_KEYS.filter((key) => flags[key] !== undefined);
    if (kind !== 'questions' && filters.length > 0) {
      throw usageError(
        `Filters (--${filters.join(', --')}) apply to "list questions" only, not to "list ${kind}".`,
      );
    }
    const bank = await loadBank(flags.bank);
    if (kind === 'questions') {
      const rows = withFlagErrors(() => query(bank, criteriaFromFlags(flags))).map((q) => ({
        id: q.id,
        category: q.category,
        type: q.type,
        difficulty: q.difficulty,
        minutes: q.estimatedMinutes,
      }));
      if (flags.json) {
        term.write(JSON.stringify(rows, null, 2));
        return;
      }
      const idWidth = Math.max(...rows.map((row) => row.id.length), 2);
      for (const row of rows) {
        term.write(
          `${row.id.padEnd(idWidth)}  ${term.color.dim(`${row.category} · ${row.type} · ${row.difficulty} · ${row.minutes} min`)}`,
        );
      }
      return;
    }
    const count = (id: string) =>
      bank.questions.filter((q) =>
        kind === 'categories'
          ? q.category === id
          : kind === 'tags'
            ? q.tags.includes(id)
            : kind === 'competencies'
              ? q.competencies.includes(id)
              : kind === 'jurisdictions'
                ? (q.jurisdictions ?? []).some(
                    (place) => place === id || place.startsWith(`${id}-`),
                  )
                : q.roles.includes(id),
      ).length;
    const records: readonly { id: string; title?: string; label?: string; name?: string }[] =
      bank[kind] ?? [];
    const rows = records.map((record) => ({
      id: record.id,
      name: record.title ?? record.label ?? record.name ?? record.id,
      questions: count(record.id),
    }));
    if (flags.json) {
      term.write(JSON.stringify(rows, null, 2));
      return;
    }
    const idWidth = Math.max(...rows.map((row) => row.id.length), 2);
    for (const row of rows) {
      term.write(
        `${row.id.padEnd(idWidth)}  ${String(row.questions).padStart(4)}  ${term.color.dim(row.name)}`,
      );
    }
  });
}
