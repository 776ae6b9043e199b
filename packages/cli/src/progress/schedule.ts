import type { Card } from 'ts-fsrs';
import type { Rating, StoredCard } from './progress-file.js';

/** Rates cards with FSRS (ts-fsrs, without fuzz so schedules are reproducible). */
export interface Scheduler {
  rate(card: StoredCard | undefined, rating: Rating, now: Date): StoredCard;
}

/** Loads ts-fsrs only when a session needs it. */
export async function createScheduler(): Promise<Scheduler> {
  const { createEmptyCard, fsrs, Rating: Grade } = await import('ts-fsrs');
  const scheduler = fsrs({ enable_fuzz: false });
  const grades = {
    again: Grade.Again,
    hard: Grade.Hard,
    good: Grade.Good,
    easy: Grade.Easy,
  } as const;
  return {
    rate(stored, rating, now) {
      const card: Card = stored
        ? ({
            ...stored,
            due: new Date(stored.due),
            ...(stored.last_review ? { last_review: new Date(stored.last_review) } : {}),
          } as Card)
        : createEmptyCard(now);
      const next = scheduler.next(card, now, grades[rating]).card;
      return {
        due: next.due.toISOString(),
        stability: next.stability,
        difficulty: next.difficulty,
        elapsed_days: next.elapsed_days,
        scheduled_days: next.scheduled_days,
        learning_steps: next.learning_steps,
        reps: next.reps,
        lapses: next.lapses,
        state: next.state,
        ...(next.last_review ? { last_review: next.last_review.toISOString() } : {}),
      };
    },
  };
}
