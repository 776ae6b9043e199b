import { PrepdeckError } from '../prepdeck-error.js';
import { boundedDraw, createStream } from './random-stream.js';

/**
 * A stream of random numbers from {@link createRandom}.
 *
 * @example
 * ```ts
 * import { createRandom, type RandomSource } from '@prepdeck/sdk';
 *
 * const random: RandomSource = createRandom('demo');
 * random.nextInt(6) + 1; // a die roll, the same for every run with seed 'demo'
 * ```
 * @category Randomness
 */
export interface RandomSource {
  /** The next 32-bit unsigned integer of the stream, in `[0, 2^32)`. */
  nextUint32(): number;
  /**
   * An integer drawn uniformly from `[0, bound)` without bias: Lemire's multiply-and-reject
   * method for bounds up to 2^21, rejection and remainder above. `bound` is an integer from
   * 1 to 2^32.
   */
  nextInt(bound: number): number;
}

const TWO_POW_32 = 4294967296;

/**
 * Creates the SDK's pseudo-random number generator: sfc32 (Chris Doty-Humphrey's Small
 * Fast Counter generator, 128-bit state) seeded with four words of the xmur3 hash of the seed string,
 * Integer seeds are hashed as their decimal string.
 * Without a seed, the state comes from the platform's cryptographic random source
 * (`crypto.getRandomValues`). The algorithm is pinned by golden vectors: the same seed
 * gives the same stream on every platform and every patch release.
 *
 * @param seed - A string or safe integer; omit it for an unpredictable stream.
 * @returns A {@link RandomSource}.
 * @throws {@link PrepdeckError} `INVALID_SEED` when the seed is neither a string nor a
 *   safe integer.
 *
 * @example
 * ```ts
 * import { createRandom } from '@prepdeck/sdk';
 *
 * const random = createRandom(42);
 * random.nextUint32(); // the same number on every run
 * random.nextInt(10); // an integer from 0 to 9
 * ```
 * @category Randomness
 */
export function createRandom(seed?: string | number): RandomSource {
  const nextUint32 = createStream(seed);
  const draw = boundedDraw(nextUint32);
  const nextInt = (bound: number): number => {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
      throw new PrepdeckError(
        'INVALID_ARGUMENT',
        `nextInt needs an integer bound from 1 to 2^32, got ${bound}.`,
      );
    }
    return draw(bound);
  };
  return { nextUint32, nextInt };
}
