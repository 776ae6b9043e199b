import { describe, expect, it } from 'vitest';
import { emptyProgress, type StoredCard } from './progress-file.js';
import { resolveMovedCards } from './resolve-moved-cards.js';

const card = (due: string): StoredCard => ({
  due,
  stability: 1,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 1,
  learning_steps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
});

describe('resolveMovedCards', () => {
  it('moves the schedule of a merged question to its new id, and says so', () => {
    const progress = emptyProgress();
    progress.cards.old = card('2026-12-10T00:00:00.000Z');
    expect(resolveMovedCards(progress, { old: 'kept' })).toEqual([
      'Your schedule for "old" now counts for "kept", which it was merged into.',
    ]);
    expect(progress.cards).toEqual({ kept: card('2026-12-10T00:00:00.000Z') });
  });

  it('keeps the new question own schedule when it has one', () => {
    const progress = emptyProgress();
    progress.cards.old = card('2026-12-10T00:00:00.000Z');
    progress.cards.kept = card('2027-01-01T00:00:00.000Z');
    expect(resolveMovedCards(progress, { old: 'kept' })).toEqual([]);
    expect(progress.cards).toEqual({ kept: card('2027-01-01T00:00:00.000Z') });
  });

  it('does nothing without moved ids or matching cards, and ignores prototype keys', () => {
    const progress = emptyProgress();
    progress.cards.other = card('2026-12-10T00:00:00.000Z');
    expect(resolveMovedCards(progress, undefined)).toEqual([]);
    expect(resolveMovedCards(progress, { toString: 'other', gone: 'other' })).toEqual([]);
    expect(Object.keys(progress.cards)).toEqual(['other']);
  });
});
