import { requireArray, requireCount, requireOneOf } from './check-argument.js';
import { PrepdeckError } from './prepdeck-error.js';
import type { QuestionLike } from './question-like.js';
import { fisherYates, type RandomState, randomState } from './random/fisher-yates.js';
import type { Seed } from './random/seed.js';

/**
 * The fields {@link sample} can balance picks across. For `seniority`, a question counts
 * in the group of the first level it lists.
 *
 * @example
 * ```ts
 * import type { BalanceKey } from '@prepdeck/sdk';
 *
 * const key: BalanceKey = 'category';
 * ```
 * @category Randomness
 */
export type BalanceKey = 'category' | 'type' | 'difficulty' | 'seniority';

const BALANCE_KEYS: readonly BalanceKey[] = ['category', 'type', 'difficulty', 'seniority'];

/**
 * Options of {@link sample}.
 *
 * @example
 * ```ts
 * import type { SampleOptions } from '@prepdeck/sdk';
 *
 * const options: SampleOptions = { seed: 7 };
 * ```
 * @category Randomness
 */
export interface SampleOptions {
  /** Makes the picks reproducible. Omit it for unpredictable picks. */
  readonly seed?: Seed | undefined;
}

/**
 * Options of {@link sample} for questions, which can also be balanced.
 *
 * @example
 * ```ts
 * import type { BalancedSampleOptions } from '@prepdeck/sdk';
 *
 * const options: BalancedSampleOptions = { seed: 7, balanceBy: 'category' };
 * ```
 * @category Randomness
 */
export interface BalancedSampleOptions extends SampleOptions {
  /**
   * Spread the picks across the groups of this field so that group counts differ by at
   * most one, except where a group has too few items.
   */
  readonly balanceBy?: BalanceKey | undefined;
}

/**
 * How many to take from each group: one more from every group that still has items, round
 * by round; a round that cannot be completed goes to groups chosen at random.
 */
function quotas(sizes: readonly number[], n: number, state: RandomState): number[] {
  const out = sizes.map(() => 0);
  for (let left = n; left > 0; ) {
    const open = sizes.flatMap((size, g) => ((out[g] as number) < size ? [g] : []));
    const chosen = open.length <= left ? open : fisherYates(open, left, state, true);
    for (const g of chosen) out[g] = (out[g] as number) + 1;
    left -= chosen.length;
  }
  return out;
}

/**
 * Picks `n` distinct items at random. Without `balanceBy` it does work in proportion to
 * `n`, not to the size of the pool, and its picks are the first `n` items of
 * `shuffle(items, { seed })`. With `balanceBy`, picks are spread across the groups of a
 * question field so that group counts differ by at most one where the pool allows, in
 * random order. The input is never changed.
 *
 * @param items - The pool to pick from.
 * @param n - How many to pick: a whole number, at most `items.length`.
 * @param options - `seed` for reproducible picks; `balanceBy` to spread them.
 * @returns A new array of `n` distinct items.
 * @throws {@link PrepdeckError} `NOT_ENOUGH_QUESTIONS` when `n` is larger than the pool
 *   (the message says how many there are); `INVALID_ARGUMENT` for a bad `n` or
 *   `balanceBy`; `INVALID_SEED` for a bad seed.
 *
 * @example
 * ```ts
 * import { sample } from '@prepdeck/sdk';
 * import { questions } from '@prepdeck/questions';
 *
 * sample(questions, 5, { seed: 'demo' }); // the same five on every run
 * sample(questions, 16, { seed: 1, balanceBy: 'category' }); // one per category
 * ```
 * @category Randomness
 */
export function sample<T>(items: readonly T[], n: number, options?: SampleOptions): T[];
export function sample<T extends QuestionLike>(
  items: readonly T[],
  n: number,
  options?: BalancedSampleOptions,
): T[];
export function sample<T>(items: readonly T[], n: number, options?: BalancedSampleOptions): T[] {
  requireArray(items, 'sample');
  const balanceBy = options?.balanceBy;
  if (balanceBy !== undefined) requireOneOf(balanceBy, BALANCE_KEYS, 'balanceBy');
  const count = requireCount(n, 'sample');
  if (count > items.length) {
    throw new PrepdeckError(
      'NOT_ENOUGH_QUESTIONS',
      `Asked for ${count} items, but the pool has only ${items.length}.`,
    );
  }
  const state = randomState(options?.seed);
  if (balanceBy === undefined) return fisherYates(items, count, state, true);

  // Groups in order of first appearance; for seniority, a question's first level.
  const groups = new Map<unknown, T[]>();
  for (const item of items) {
    const question = item as QuestionLike;
    const key = balanceBy === 'seniority' ? question.seniority[0] : question[balanceBy];
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const members = [...groups.values()];
  const perGroup = quotas(
    members.map((group) => group.length),
    count,
    state,
  );
  const picked = members.flatMap((group, g) =>
    fisherYates(group, perGroup[g] as number, state, true),
  );
  return fisherYates(picked, picked.length - 1, state, false);
}
