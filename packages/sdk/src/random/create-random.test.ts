import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrepdeckError } from '../prepdeck-error.js';
import { createRandom } from './create-random.js';

/** xmur3 and sfc32 written independently from their published definitions. */
function referenceStream(key: string, count: number): number[] {
  let h = 1779033703 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const xmur3 = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
  let a = xmur3();
  let b = xmur3();
  let c = xmur3();
  let d = xmur3();
  // sfc32 as in PractRand: tmp = a + b + counter++ (the counter before its increment).
  const next = () => {
    const tmp = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((((c << 21) | (c >>> 11)) >>> 0) + tmp) >>> 0;
    return tmp / 4294967296;
  };
  return Array.from({ length: count }, () => next() * 4294967296);
}

const stream = (seed: string | number, count = 3) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.nextUint32());
};

describe('createRandom', () => {
  it('matches golden vectors (pinned: changing them is a breaking change)', () => {
    expect(stream('demo')).toEqual([2761372017, 1701837423, 1078178147]);
    expect(stream(42)).toEqual([4211113362, 1642505827, 3609308666]);
    expect(stream('')).toEqual([4129203856, 244752430, 2410192726]);
    expect(stream('é-seed')).toEqual([547389418, 830583837, 2439853933]);
  });

  it('equals the reference xmur3 + sfc32 for any seed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (seed) => {
        expect(stream(seed, 8)).toEqual(referenceStream(seed, 8));
      }),
    );
  });

  it('treats an integer seed as its decimal string', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (seed) => {
        expect(stream(seed)).toEqual(stream(String(seed)));
      }),
    );
  });

  it('draws unseeded streams from the cryptographic source', () => {
    expect(stream(undefined as unknown as string, 4)).not.toEqual(
      stream(undefined as unknown as string, 4),
    );
  });

  it('nextInt stays in range and rejects bad bounds', () => {
    const random = createRandom('bounds');
    for (const bound of [1, 2, 3, 7, 1000, 2 ** 31 + 1, 2 ** 32]) {
      for (let i = 0; i < 50; i++) {
        const value = random.nextInt(bound);
        expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
      }
    }
    for (const bad of [0, -1, 1.5, 2 ** 32 + 1, Number.NaN]) {
      expect(() => random.nextInt(bad)).toThrowError(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [1.5, '1.5'],
    [2 ** 53, '9007199254740992'],
    [{}, 'object'],
    [[], 'object'],
    [null, 'object'],
    [10n, 'bigint'],
  ])('rejects the seed %s with INVALID_SEED', (seed, detail) => {
    let caught: unknown;
    try {
      createRandom(seed as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PrepdeckError);
    expect((caught as PrepdeckError).code).toBe('INVALID_SEED');
    expect((caught as PrepdeckError).message).toBe(
      `Invalid seed (${detail}): use a string or a safe integer.`,
    );
  });

  it("draws bounded integers exactly as Lemire's method in 64-bit arithmetic", () => {
    const reference = (seed: string, bounds: number[]) => {
      const words = createRandom(seed);
      return bounds.map((bound) => {
        const b = BigInt(bound);
        const threshold = 2n ** 32n % b;
        for (;;) {
          const product = BigInt(words.nextUint32()) * b;
          if ((product & 0xffffffffn) >= threshold) return Number(product >> 32n);
        }
      });
    };
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.integer({ min: 1, max: 2 ** 21 }), { minLength: 1 }),
        (seed, bounds) => {
          const random = createRandom(seed);
          expect(bounds.map((bound) => random.nextInt(bound))).toEqual(reference(seed, bounds));
        },
      ),
    );
  });
});
