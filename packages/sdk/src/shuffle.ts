import { PrepdeckError } from './prepdeck-error.js';
import { fisherYates, randomState } from './random/fisher-yates.js';
import type { Seed } from './random/seed.js';

/**
 * Options of {@link shuffle}.
 *
 * @example
 * ```ts
 * import type { ShuffleOptions } from '@prepdeck/sdk';
 *
 * const options: ShuffleOptions = { seed: 'week-1' };
 * ```
 * @category Randomness
 */
export interface ShuffleOptions {
  /** Makes the order reproducible. Omit it for an unpredictable order. */
  readonly seed?: Seed | undefined;
}

/**
 * Returns a shuffled copy of `items`; the input is never changed. The shuffle is an
 * unbiased forward Fisher-Yates over {@link createRandom}: every order is equally likely,
 * and the same seed gives the same order on every platform and every patch release.
 *
 * @param items - The items to shuffle (any array; it is copied).
 * @param options - `seed` for a reproducible order.
 * @returns A new array with the same items in random order.
 * @throws {@link PrepdeckError} `INVALID_SEED` for a seed that is neither a string nor a
 *   safe integer; `INVALID_ARGUMENT` when `items` is not an array.
 *
 * @example
 * ```ts
 * import { shuffle } from '@prepdeck/sdk';
 *
 * shuffle([1, 2, 3, 4, 5], { seed: 'demo' }); // the same order on every run
 * shuffle([1, 2, 3, 4, 5]); // a different order each run
 * ```
 * @category Randomness
 */
export function shuffle<T>(items: readonly T[], options?: ShuffleOptions): T[] {
  if (!Array.isArray(items)) throw new PrepdeckError('INVALID_ARGUMENT', 'shuffle: not an array');
  return fisherYates(items, items.length - 1, randomState(options?.seed), false);
}
