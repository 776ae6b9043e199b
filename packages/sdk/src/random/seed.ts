import { PrepdeckError } from '../prepdeck-error.js';

/**
 * A seed for reproducible randomness: any string, or a safe integer. An integer seeds the
 * same order as its decimal string (`42` and `'42'` are the same seed), so a seed typed
 * on a command line reproduces one used in code.
 *
 * @example
 * ```ts
 * import { type Seed, shuffle } from '@prepdeck/sdk';
 *
 * const seed: Seed = 'monday-mock-interview';
 * shuffle(['a', 'b', 'c'], { seed });
 * ```
 * @category Randomness
 */
export type Seed = string | number;

/** Checks a seed and returns the string that is hashed for it. */
export function seedKey(seed: unknown): string {
  if (typeof seed === 'string') return seed;
  if (Number.isSafeInteger(seed)) return String(seed);
  throw new PrepdeckError(
    'INVALID_SEED',
    `Invalid seed (${typeof seed === 'number' ? seed : typeof seed}): use a string or a safe integer.`,
  );
}
