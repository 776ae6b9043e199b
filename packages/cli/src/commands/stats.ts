import { DIFFICULTIES, facets, QUESTION_TYPES, SENIORITY_LEVELS } from '@prepdeck/sdk';
import { Command } from 'commander';
import { loadBank } from '../load-bank.js';
import { wrapParts, wrapText } from '../render/wrap-text.js';
import type { Terminal } from '../terminal.js';
import { addBankOption } from './common-options.js';

/** Sources are due a recheck when checked more than this many years ago. */
const SOURCE_MAX_AGE_YEARS = 3;

/** The difficulty columns' heads, explained in the line under the table. */
const DIFFICULTY_HEADS = ['Fnd', 'Int', 'Adv'];
/** The width of the three difficulty counts and the total, with their spacing. */
const COUNTS_WIDTH = 3 * 5 + 7;
/** One shade per difficulty, so that a bar shows a category's mix without colour. */
const BAR_SHADES = ['█', '▓', '░'];

/**
 * A category's bar, as long as its total against the largest category's, in one shade
 * per difficulty (foundational, intermediate, advanced). Segments are cut at rounded
 * running totals, so the whole bar has the rounded length of the total.
 */
export function difficultyBar(
  counts: Readonly<Record<string, number>>,
  max: number,
  width: number,
  color: { readonly cyan: (text: string) => string },
): string {
  let running = 0;
  let drawn = 0;
  return DIFFICULTIES.map((difficulty, i) => {
    running += counts[difficulty] ?? 0;
    const end = Math.round((running / max) * width);
    const segment = (BAR_SHADES[i] as string).repeat(Math.max(0, end - drawn));
    drawn = Math.max(drawn, end);
    return segment === '' ? '' : color.cyan(segment);
  }).join('');
}

/** How many facts the questions cite, and which were checked too long ago. */
export function sourceAges(
  questions: readonly {
    readonly id: string;
    readonly sources?: readonly { readonly asOf: string }[] | undefined;
  }[],
  now: Date,
) {
  const cutoff = `${now.getUTCFullYear() - SOURCE_MAX_AGE_YEARS}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  let cited = 0;
  let older = 0;
  const olderIds: string[] = [];
  let withSources = 0;
  for (const q of questions) {
    const list = q.sources ?? [];
    if (list.length > 0) withSources++;
    cited += list.length;
    const stale = list.filter((s) => s.asOf < cutoff).length;
    older += stale;
    if (stale > 0) olderIds.push(q.id);
  }
  return { cited, questions: withSources, cutoff, older, olderIds };
}

export function statsCommand(term: Terminal, now: () => Date): Command {
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
    const sources = sourceAges(bank.questions, now());
    if (flags.json) {
      const { types, seniority, difficulty, total, jurisdiction } = all;
      term.write(
        JSON.stringify(
          { total, difficulty, types, seniority, jurisdiction, sources, categories: rows },
          null,
          2,
        ),
      );
      return;
    }
    const { color } = term;
    const titleWidth = Math.max(...rows.map((row) => row.title.length), 8);
    const max = Math.max(...rows.map((row) => row.total), 1);
    const barWidth = Math.max(10, term.width - titleWidth - COUNTS_WIDTH - 1);
    const head = DIFFICULTY_HEADS.map((h) => h.padStart(5)).join('');
    term.write(color.bold(`${'Category'.padEnd(titleWidth)}${head}  Total`));
    for (const row of rows) {
      const cells = DIFFICULTIES.map((d) => String(row.difficulty[d]).padStart(5)).join('');
      const bar = difficultyBar(row.difficulty, max, barWidth, color);
      term.write(`${row.title.padEnd(titleWidth)}${cells}${String(row.total).padStart(7)} ${bar}`);
    }
    const totals = DIFFICULTIES.map((d) => String(all.difficulty[d]).padStart(5)).join('');
    term.write(color.bold(`${'All'.padEnd(titleWidth)}${totals}${String(all.total).padStart(7)}`));
    term.write(
      wrapText(
        `Fnd foundational, Int intermediate, Adv advanced; bars: ${BAR_SHADES.map((shade, i) => `${shade} ${DIFFICULTY_HEADS[i]}`).join(' ')}.`,
        term.width,
      ),
    );
    // One line per label, wrapped between items so that a name stays with its count.
    const summary = (label: string, items: readonly string[]) =>
      term.write(
        wrapParts(
          items.map((item, i) => (i < items.length - 1 ? `${item},` : item)),
          term.width,
          ' '.repeat(11),
          label.padEnd(11),
          { separator: ' ', continued: '' },
        ),
      );
    summary(
      'Types:',
      QUESTION_TYPES.map((t) => `${t} ${all.types[t]}`),
    );
    summary(
      'Seniority:',
      SENIORITY_LEVELS.map((s) => `${s} ${all.seniority[s]}`),
    );
    const placed = Object.entries(all.jurisdiction).filter(([id, n]) => id !== 'portable' && n > 0);
    summary('Places:', [
      `portable ${all.jurisdiction.portable ?? 0}`,
      ...placed.map(([id, n]) => `${id} ${n}`),
    ]);
    term.write(
      wrapText(
        `${sources.cited} facts cited on ${sources.questions} questions; ${sources.older} checked before ${sources.cutoff}${sources.older > 0 ? ` (recheck: ${sources.olderIds.slice(0, 5).join(', ')}${sources.olderIds.length > 5 ? ', ...' : ''})` : ''}`,
        term.width,
        ' '.repeat(11),
        'Sources:   ',
      ),
    );
  });
}
