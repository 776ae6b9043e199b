import { query, sample } from '@prepdeck/sdk';
import { Command } from 'commander';
import { usageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { criteriaFromFlags, type FilterFlags } from '../criteria-from-flags.js';
import { loadBank } from '../load-bank.js';
import { loadProgress, progressPath } from '../progress/progress-file.js';
import { resolveMovedCards } from '../progress/resolve-moved-cards.js';
import { describeDue } from '../render/describe-due.js';
import { withFlagErrors } from '../sdk-errors.js';
import { runSession } from '../session/run-session.js';
import type { Terminal } from '../terminal.js';
import { addBankOption, addFilterOptions, addSeedOption, wholeNumber } from './common-options.js';
import { requireTerminal } from './practice.js';

interface ReviewFlags extends FilterFlags {
  readonly new: number;
  readonly stats?: boolean;
  readonly json?: boolean;
  readonly seed?: string;
  readonly bank?: string;
}

const DAY = 24 * 60 * 60 * 1000;

export function reviewCommand(term: Terminal, io: CliIo, outcome: { exitCode: number }): Command {
  const command = new Command('review')
    .summary('practise what is due on your spaced-repetition schedule')
    .description(
      'Practise the questions that are due on your spaced-repetition schedule (FSRS), plus up to --new questions you have not seen. Progress is kept in $PREPDECK_HOME/progress.json, else $XDG_DATA_HOME/prepdeck/, else ~/.local/share/prepdeck/.',
    )
    .option('--new <n>', 'also practise up to this many unseen questions', wholeNumber(0), 3)
    .option('--stats', 'show what is due when, instead of practising')
    .option('--json', 'with --stats: print JSON');
  addFilterOptions(command);
  addSeedOption(command);
  addBankOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ prepdeck review                       what is due now, plus 3 new questions
  $ prepdeck review --new 0               only what is due
  $ prepdeck review --new 5 --category key-accounts --seed monday
  $ prepdeck review --stats
  $ prepdeck review --stats --json`,
  );
  return command.action(async (flags: ReviewFlags) => {
    if (flags.json && !flags.stats) {
      throw usageError(
        '--json prints the schedule, so it needs --stats: run `prepdeck review --stats --json`. A review session itself runs only in a terminal.',
      );
    }
    const bank = await loadBank(flags.bank);
    const file = progressPath(io.env);
    const now = io.now();
    const progress = await loadProgress(file, now);
    for (const note of resolveMovedCards(progress, bank.moved)) term.note(note);
    const inScope = withFlagErrors(() => query(bank, criteriaFromFlags(flags)));
    const seen = inScope.filter((q) => progress.cards[q.id] !== undefined);
    const dueAt = (id: string) => Date.parse(progress.cards[id]?.due ?? '');

    if (flags.stats) {
      const buckets = { dueNow: 0, today: 0, tomorrow: 0, thisWeek: 0, later: 0 };
      const endOfToday = new Date(now);
      // Today and tomorrow as the reader's calendar has them.
      endOfToday.setHours(23, 59, 59, 999);
      for (const q of seen) {
        const due = dueAt(q.id);
        if (due <= now.getTime()) buckets.dueNow++;
        else if (due <= endOfToday.getTime()) buckets.today++;
        else if (due <= endOfToday.getTime() + DAY) buckets.tomorrow++;
        else if (due <= endOfToday.getTime() + 7 * DAY) buckets.thisWeek++;
        else buckets.later++;
      }
      // The level of each studied question's latest rating (older files may have none).
      const latest = new Map<string, string | undefined>();
      for (const record of progress.reviews) latest.set(record.id, record.level);
      const levels = { poor: 0, mixed: 0, good: 0, excellent: 0 };
      for (const q of seen) {
        const level = latest.get(q.id) as keyof typeof levels | undefined;
        if (level !== undefined && level in levels) levels[level]++;
      }
      const stats = {
        file,
        studied: seen.length,
        unseen: inScope.length - seen.length,
        ...buckets,
        levels,
      };
      if (flags.json) {
        term.write(JSON.stringify(stats, null, 2));
        return;
      }
      term.write(`Progress file: ${file}`);
      term.write(`Studied ${seen.length} of ${inScope.length} questions.`);
      term.write(`Due now:        ${buckets.dueNow}`);
      term.write(`Later today:    ${buckets.today}`);
      term.write(`Tomorrow:       ${buckets.tomorrow}`);
      term.write(`In 7 days:      ${buckets.thisWeek}`);
      term.write(`Later:          ${buckets.later}`);
      term.write(
        `Last rated:     ${levels.poor} poor, ${levels.mixed} mixed, ${levels.good} good, ${levels.excellent} excellent`,
      );
      return;
    }

    requireTerminal(io, 'review');
    const due = seen
      .filter((q) => dueAt(q.id) <= now.getTime())
      .sort((a, b) => dueAt(a.id) - dueAt(b.id));
    const unseen = inScope.filter((q) => progress.cards[q.id] === undefined);
    const fresh = sample(unseen, Math.min(flags.new, unseen.length), {
      seed: flags.seed ?? now.toISOString().slice(0, 10),
    });
    if (due.length + fresh.length === 0) {
      const next = seen.map((q) => dueAt(q.id)).sort((a, b) => a - b)[0];
      term.write(
        next === undefined
          ? 'Nothing to review yet. Run `prepdeck practice` or `prepdeck review --new 5` to start.'
          : `Nothing is due. The next question comes back ${describeDue(new Date(next), now)}.`,
      );
      return;
    }
    const result = await runSession({
      io,
      term,
      bank,
      questions: [...due, ...fresh],
      progressFile: file,
      title: `Review: ${due.length} due, ${fresh.length} new`,
    });
    if (result.outcome === 'interrupted') outcome.exitCode = 130;
  });
}
