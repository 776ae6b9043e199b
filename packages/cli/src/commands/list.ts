import { Argument, Command } from 'commander';
import { loadBank } from '../load-bank.js';
import type { Terminal } from '../terminal.js';
import { addBankOption } from './common-options.js';

const KINDS = ['categories', 'tags', 'competencies', 'roles', 'jurisdictions'] as const;
type Kind = (typeof KINDS)[number];

export function listCommand(term: Terminal): Command {
  const command = new Command('list')
    .summary('list categories, tags, competencies, roles or jurisdictions with counts')
    .description('List a vocabulary of the bank with the number of questions for each entry.')
    .addArgument(new Argument('<kind>', 'what to list').choices(KINDS))
    .option('--json', 'print JSON instead of text');
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck list categories
  $ prepdeck list tags --json
  $ prepdeck list jurisdictions`,
  );
  return command.action(async (kind: Kind, flags: { json?: boolean; bank?: string }) => {
    const bank = await loadBank(flags.bank);
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
