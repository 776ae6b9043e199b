import { bank, questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSyntheticBank } from '../../bench/synthetic-bank.js';
import { criteriaArbitrary, vocabOf } from '../../test/criteria-arbitrary.js';
import { count } from '../query/count.js';
import type { Criteria } from '../query/criteria.js';
import { facets } from '../query/facets.js';
import { query } from '../query/query.js';
import type { QuestionLike } from '../question-like.js';
import { createIndex } from './create-index.js';

const ids = (list: readonly { id: string }[]) => list.map((q) => q.id);

const PLACES: (readonly string[])[] = [[], ['us'], ['us-ny'], ['gb', 'us-ca'], ['gb-scotland'], []];

/**
 * Many more questions than the bank, with shared ids, multi-role questions and questions
 * placed in nested jurisdictions, as an array.
 */
const big: QuestionLike[] = Array.from({ length: 3000 }, (_, i) => {
  const q = questions[i % questions.length] as QuestionLike;
  return {
    ...q,
    id: `${q.id}-${i}`,
    roles: i % 3 === 0 ? [...q.roles, 'other-role'] : q.roles,
    jurisdictions: PLACES[i % PLACES.length] as readonly string[],
  };
});

describe('createIndex', () => {
  const index = createIndex(bank);
  const vocab = vocabOf(questions);

  it('returns exactly what query, count and facets return, for random criteria', () => {
    fc.assert(
      fc.property(criteriaArbitrary(vocab), (criteria) => {
        expect(ids(index.query(criteria))).toEqual(ids(query(bank, criteria)));
        expect(index.count(criteria)).toBe(count(bank, criteria));
        expect(index.facets(criteria)).toEqual(facets(bank, criteria));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with query on a larger array source', () => {
    const bigIndex = createIndex(big);
    expect(bigIndex.size).toBe(3000);
    fc.assert(
      fc.property(criteriaArbitrary(vocabOf(big)), (criteria) => {
        expect(ids(bigIndex.query(criteria))).toEqual(ids(query(big, criteria)));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with query on a bank large enough for sparse postings and selective lookups', () => {
    // 12,000 questions and 200 Zipf-distributed tags: rare tags are stored as position
    // lists and drive the lookup, common ones as bitsets intersected word by word.
    const synthetic = createSyntheticBank({ roles: 400, questionsPerRole: 30 });
    const syntheticIndex = createIndex(synthetic);
    fc.assert(
      fc.property(criteriaArbitrary(vocabOf(synthetic.questions)), (criteria) => {
        expect(ids(syntheticIndex.query(criteria))).toEqual(ids(query(synthetic, criteria)));
      }),
      { numRuns: 150 },
    );
    const rare = synthetic.tags.at(-1)?.id as string;
    const common = synthetic.tags[0]?.id as string;
    for (const criteria of [
      { tags: rare, categories: ['category-01', 'category-02'] },
      { tags: { all: [common, rare] } },
      { tags: { any: [rare], none: [common] }, exclude: [synthetic.questions[0]?.id as string] },
      { tags: common, difficulty: { min: 'intermediate' } },
    ] satisfies Criteria[]) {
      expect(ids(syntheticIndex.query(criteria))).toEqual(ids(query(synthetic, criteria)));
    }
  });

  it('applies where after the indexed criteria', () => {
    const criteria: Criteria<(typeof questions)[number]> = {
      types: 'behavioral',
      where: (q) => q.estimatedMinutes >= 5,
    };
    expect(ids(index.query(criteria))).toEqual(ids(query(bank, criteria)));
  });

  it('validates criteria the same way', () => {
    expect(() => index.query({ categories: 'nope' })).toThrowError(/unknown category "nope"/);
    expect(() => createIndex(big).query({ categories: 'nope' })).not.toThrow();
  });

  it('is a snapshot of the source', () => {
    const source = questions.slice(0, 10);
    const small = createIndex(source);
    source.length = 0;
    expect(small.query()).toHaveLength(10);
  });

  it('handles an empty source and no-match queries', () => {
    const empty = createIndex([]);
    expect(empty.query({ text: 'meter' })).toEqual([]);
    expect(empty.facets().total).toBe(0);
    expect(index.query({ text: 'zzzzqqq' })).toEqual([]);
  });
});
