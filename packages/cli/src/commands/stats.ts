import { DIFFICULTIES, facets, QUESTION_TYPES, SENIORITY_LEVELS } from '@prepdeck/sdk';
import { Command } from 'commander';
import { loadBank } from '../load-bank.js';
import type { Terminal } from '../terminal.js';
import { addBankOption } from './common-options.js';

export function statsCommand(term: Terminal): Command {
  const command = new Command('stats')
    .summary('show the shape of the bank: a coverage table with bars')
    .description(
      'Show how many questions the bank has per category and difficulty, type and seniority.',
    )
    .option('--json', 'print JSON instead of text');
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck stats
  $ prepdeck stats --json`,
  );
  return command.action(async (flags: { json?: boolean; bank?: string }) => {
    const bank = await loadBank(flags.bank);
    const rows = bank.categories.map((category) => {
      const counts = facets(bank, { categories: category.id });
      return {
        id: category.id,
        title: category.title,
        total: counts.total,
        difficulty: counts.difficulty,
      };
    });
    const all = facets(bank);
    if (flags.json) {
      const { types, seniority, difficulty, total } = all;
      term.write(
        JSON.stringify({ total, difficulty, types, seniority, categories: rows }, null, 2),
      );
      return;
    }
    const { color } = term;
    const titleWidth = Math.max(...rows.map((row) => row.title.length), 8);
    const max = Math.max(...rows.map((row) => row.total), 1);
    const barWidth = Math.max(10, term.width - titleWidth - 33);
    const head = ['Found.', 'Interm.', 'Adv.'].map((h) => h.padStart(8)).join('');
    term.write(color.bold(`${'Category'.padEnd(titleWidth)}${head}  Total`));
    for (const row of rows) {
      const cells = DIFFICULTIES.map((d) => String(row.difficulty[d]).padStart(8)).join('');
      const bar = '█'.repeat(Math.max(1, Math.round((row.total / max) * barWidth)));
      term.write(
        `${row.title.padEnd(titleWidth)}${cells}${String(row.total).padStart(7)} ${color.cyan(bar)}`,
      );
    }
    const totals = DIFFICULTIES.map((d) => String(all.difficulty[d]).padStart(8)).join('');
    term.write(color.bold(`${'All'.padEnd(titleWidth)}${totals}${String(all.total).padStart(7)}`));
    term.write();
    term.write(`Types:     ${QUESTION_TYPES.map((t) => `${t} ${all.types[t]}`).join(', ')}`);
    term.write(`Seniority: ${SENIORITY_LEVELS.map((s) => `${s} ${all.seniority[s]}`).join(', ')}`);
  });
}
