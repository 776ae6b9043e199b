import { hashSeed } from './hash-seed.js';
import type { Seed } from './seed.js';
import { seedKey } from './seed.js';

/**
 * The 128-bit starting state of sfc32 for a seed (validated, hashed with xmur3), or from
 * the cryptographic source without one.
 */
export function initialState(seed: Seed | undefined): [number, number, number, number] {
  if (seed !== undefined) return hashSeed(seedKey(seed));
  return [...globalThis.crypto.getRandomValues(new Uint32Array(4))] as [
    number,
    number,
    number,
    number,
  ];
}
