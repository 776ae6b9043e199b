import type { Question } from '@prepdeck/schema';
import { type BalanceKey, sample } from '@prepdeck/sdk';
import type { FilterFlags } from '../criteria-from-flags.js';
import type { BALANCE_CHOICES } from './common-options.js';

/** The flags of the commands that pick questions at random: ask and practice. */
export interface PickFlags extends FilterFlags {
  readonly count: number;
  readonly seed?: string;
  readonly balanceBy: (typeof BALANCE_CHOICES)[number];
  readonly bank?: string;
}

/** What ask and practice say when the filters leave no question to pick. */
export const NO_MATCH =
  'No questions match these filters. Loosen them, or run `prepdeck list` to see the values each filter takes.';

/** Picks questions for ask and practice: filter, then a (balanced) seeded sample. */
export function pickQuestions(
  questions: readonly Question[],
  { count, seed, balanceBy }: PickFlags,
): Question[] {
  const n = Math.min(count, questions.length);
  return sample(questions, n, {
    ...(seed === undefined ? {} : { seed }),
    ...(balanceBy === 'none' ? {} : { balanceBy: balanceBy as BalanceKey }),
  });
}
