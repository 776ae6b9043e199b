import { hashSeed } from './hash-seed.js';
import type { Seed } from './seed.js';
import { seedKey } from './seed.js';

/**
 * The 128-bit starting state of sfc32 for a seed (validated, hashed with xmur3), or from
 * the cryptographic source without one.
 */
export function initialState(seed: Seed | undefined): Int32Array {
  return seed === undefined ? crypto.getRandomValues(new Int32Array(4)) : hashSeed(seedKey(seed));
}
