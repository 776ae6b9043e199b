import { initialState } from './initial-state.js';
import type { Seed } from './seed.js';

const TWO_POW_32 = 2 ** 32;

/** sfc32's four state words, as int32. */
export type RandomState = Int32Array;

/** A fresh generator state for a seed (or from the cryptographic source without one). */
export const randomState: (seed: Seed | undefined) => RandomState = initialState;

/**
 * Runs `steps` steps of a forward Fisher-Yates shuffle over `items`: step `i` swaps
 * position `i` with a position drawn uniformly from `[i, length)`. Returns the whole
 * shuffled copy, or with `sparse` just the first `steps` items, doing work in proportion
 * to `steps` (moved positions are kept in an object). `state` is advanced in place so that
 * calls can share one stream.
 *
 * The draws are those of `createRandom(seed).nextInt(length - i)`: sfc32, then Lemire's
 * multiply-and-reject method for bounds up to 2^21 and rejection above. They are written
 * out in the loop, with no function call per item, because this is the hot path of
 * `shuffle`, `sample` and decks.
 */
export function fisherYates<T>(
  items: readonly T[],
  steps: number,
  state: RandomState,
  sparse: boolean,
): T[] {
  const n = items.length;
  const out = sparse ? new Array<T>(steps) : items.slice();
  const moved: Record<number, T> = {};
  // Read from an Int32Array, the words stay int32 in registers; read from a plain array
  // of numbers (hashed words are often above 2^31), V8 boxes them on every step.
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  for (let i = 0; i < steps; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    const bound = n - i;
    const x = t >>> 0;
    // Lemire up to 2^21: the high word of x * bound, rejected when the low word is below
    // 2^32 mod bound. Above: x mod bound, rejected past the largest multiple of bound.
    let j: number;
    let slack: number;
    if (bound <= 2097152) {
      const product = x * bound;
      j = Math.floor(product / TWO_POW_32);
      slack = product - j * TWO_POW_32;
    } else {
      j = x % bound;
      slack = TWO_POW_32 - 1 - x;
    }
    if (slack < bound && slack < TWO_POW_32 % bound) {
      i--;
      continue;
    }
    j += i;
    if (sparse) {
      out[i] = (j in moved ? moved[j] : items[j]) as T;
      moved[j] = (i in moved ? moved[i] : items[i]) as T;
    } else {
      const held = out[i] as T;
      out[i] = out[j] as T;
      out[j] = held;
    }
  }
  state.set([a, b, c, d]);
  return out;
}
