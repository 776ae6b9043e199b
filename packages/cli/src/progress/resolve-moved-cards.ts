import type { ProgressFile } from './progress-file.js';

/**
 * Carries the schedule of questions that were merged into another (the bank's `moved`
 * ids) over to the question they moved to, unless that one has a schedule of its own.
 * Returns one line per card moved, for the CLI to say so. The progress is changed in
 * place; it is saved with the next rating.
 */
export function resolveMovedCards(
  progress: ProgressFile,
  moved: Readonly<Record<string, string>> | undefined,
): string[] {
  const notes: string[] = [];
  for (const [from, to] of Object.entries(moved ?? {})) {
    const card = Object.hasOwn(progress.cards, from) ? progress.cards[from] : undefined;
    if (card === undefined) continue;
    if (!Object.hasOwn(progress.cards, to)) {
      progress.cards[to] = card;
      notes.push(`Your schedule for "${from}" now counts for "${to}", which it was merged into.`);
    }
    delete progress.cards[from];
  }
  return notes;
}
