import { initialState } from './initial-state.js';
import type { Seed } from './seed.js';

const TWO_POW_32 = 4294967296;
const TWO_POW_MINUS_32 = 1 / TWO_POW_32;
/** Bounds up to 2^21 keep `x * bound` below 2^53, so the product is exact in a double. */
const EXACT_BOUND = 2097152;

/** The raw sfc32 stream (32-bit unsigned integers) for a seed. */
export function createStream(seed: Seed | undefined): () => number {
  // The words stay in the Int32Array between calls: closure variables would hold them
  // as heap numbers, allocated on every call.
  const state = initialState(seed);
  const next = (): number => {
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    state[3] = (d + 1) | 0;
    return t >>> 0;
  };
  return next;
}

/**
 * An unchecked, unbiased integer draw in `[0, bound)` over a 32-bit stream, for
 * `1 <= bound <= 2^32`: Lemire's multiply-and-reject method for bounds up to 2^21 (the
 * high 32 bits of `x * bound`, drawing again while the low 32 bits are below
 * `2^32 mod bound`), rejection of draws past the largest multiple of `bound` above.
 */
export function boundedDraw(next: () => number): (bound: number) => number {
  return (bound: number): number => {
    if (bound <= EXACT_BOUND) {
      let product = next() * bound;
      let high = Math.floor(product * TWO_POW_MINUS_32);
      if (product - high * TWO_POW_32 < bound) {
        const threshold = TWO_POW_32 % bound;
        while (product - high * TWO_POW_32 < threshold) {
          product = next() * bound;
          high = Math.floor(product * TWO_POW_MINUS_32);
        }
      }
      return high;
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    let x = next();
    while (x >= limit) x = next();
    return x % bound;
  };
}
