import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBitset, orInto, positionsOf, postingHas, toPosting } from './bitset.js';

/** A bank size and a sorted set of positions in it, dense or sparse. */
const positionsArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 2000 }), fc.boolean())
  .chain(([size, sparse]) =>
    fc.tuple(
      fc.constant(size),
      fc
        .uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: sparse ? 8 : size })
        .map((list) => list.sort((a, b) => a - b)),
    ),
  );

describe('postings', () => {
  it('hold exactly their positions, as a bitset or a sorted list', () => {
    fc.assert(
      fc.property(positionsArbitrary, ([size, list]) => {
        const posting = toPosting(list, size);
        const set = new Set(list);
        expect(posting.count).toBe(list.length);
        expect(posting.bits !== undefined).toBe(list.length * 32 >= size);
        for (let p = 0; p < size; p++) expect(postingHas(posting, p)).toBe(set.has(p));
        const union = emptyBitset(size);
        orInto(union, posting);
        expect(positionsOf(union)).toEqual(list);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
