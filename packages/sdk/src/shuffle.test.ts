import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from './random/create-random.js';
import { shuffle } from './shuffle.js';

const ten = Array.from({ length: 10 }, (_, i) => i);

/** All permutations of 0..n-1 as strings, for counting. */
function permutations(n: number): string[] {
  if (n === 0) return [''];
  return permutations(n - 1).flatMap((p) => {
    const digits = p === '' ? [] : p.split(',');
    return Array.from({ length: n }, (_, i) =>
      [...digits.slice(0, i), String(n - 1), ...digits.slice(i)].join(','),
    );
  });
}

describe('shuffle', () => {
  it('matches golden vectors (pinned: changing them is a breaking change)', () => {
    expect(shuffle(ten, { seed: 'demo' })).toEqual([6, 4, 1, 5, 9, 8, 0, 2, 7, 3]);
    expect(shuffle(ten, { seed: 1 })).toEqual([3, 2, 4, 7, 6, 9, 5, 0, 1, 8]);
    expect(shuffle(ten, { seed: 'prepdeck' })).toEqual([0, 9, 8, 3, 6, 5, 7, 2, 4, 1]);
    expect(shuffle(ten, { seed: '' })).toEqual([9, 1, 6, 3, 4, 8, 5, 2, 7, 0]);
  });

  it('returns a permutation, leaves the input untouched, and repeats for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.oneof(fc.string(), fc.integer()), (items, seed) => {
        const before = [...items];
        const out = shuffle(items, { seed });
        expect(items).toEqual(before);
        expect(out).not.toBe(items);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
        expect(shuffle(items, { seed })).toEqual(out);
      }),
    );
  });

  it('equals a textbook forward Fisher-Yates over createRandom(seed).nextInt', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 80 }), fc.string(), (items, seed) => {
        const random = createRandom(seed);
        const expected = [...items];
        for (let i = 0; i < expected.length - 1; i++) {
          const j = i + random.nextInt(expected.length - i);
          [expected[i], expected[j]] = [expected[j] as number, expected[i] as number];
        }
        expect(shuffle(items, { seed })).toEqual(expected);
      }),
    );
  });

  it('shuffles frozen arrays', () => {
    expect(shuffle(Object.freeze([1, 2, 3]), { seed: 'x' })).toHaveLength(3);
  });

  it('is uniform: every order of 4 items is equally likely over 24,000 seeds (chi-square)', () => {
    const orders = permutations(4);
    const counts = new Map(orders.map((order) => [order, 0]));
    const runs = 24_000;
    for (let seed = 0; seed < runs; seed++) {
      const key = shuffle([0, 1, 2, 3], { seed }).join(',');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const expected = runs / orders.length;
    const chiSquare = [...counts.values()].reduce(
      (sum, n) => sum + (n - expected) ** 2 / expected,
      0,
    );
    expect(counts.size).toBe(24);
    // 23 degrees of freedom: the critical value at p = 0.001 is 49.73.
    expect(chiSquare).toBeLessThan(49.73);
  });

  it('puts each item in each position equally often (chi-square per position)', () => {
    const n = 7;
    const runs = 14_000;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let seed = 0; seed < runs; seed++) {
      shuffle([...Array(n).keys()], { seed: `position-${seed}` }).forEach((item, position) => {
        const row = counts[item] as number[];
        row[position] = (row[position] ?? 0) + 1;
      });
    }
    const expected = runs / n;
    for (const row of counts) {
      const chiSquare = row.reduce(
        (sum, observed) => sum + (observed - expected) ** 2 / expected,
        0,
      );
      // 6 degrees of freedom: the critical value at p = 0.001 is 22.46.
      expect(chiSquare).toBeLessThan(22.46);
    }
  });

  it('gives different orders without a seed', () => {
    const big = [...Array(50).keys()];
    expect(shuffle(big)).not.toEqual(shuffle(big));
  });

  it('rejects non-arrays and bad seeds', () => {
    expect(() => shuffle('abc' as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => shuffle([1], { seed: Number.NaN })).toThrowError(
      expect.objectContaining({ code: 'INVALID_SEED' }),
    );
  });
});
