import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaArbitrary, oracleMatches, vocabOf } from '../../test/criteria-arbitrary.js';
import { plainQuestion } from '../../test/plain-question.js';
import { thrown } from '../../test/thrown.js';
import { createIndex } from '../index/create-index.js';
import type { BankLike, QuestionLike } from '../question-like.js';
import { count } from './count.js';
import { facets } from './facets.js';
import { query } from './query.js';

const placed = (id: string, jurisdictions?: readonly string[]): QuestionLike => ({
  ...plainQuestion,
  id,
  ...(jurisdictions === undefined ? {} : { jurisdictions }),
});

const questions = [
  placed('anywhere'),
  placed('empty-list', []),
  placed('federal', ['us']),
  placed('new-york', ['us-ny']),
  placed('new-york-city', ['us-ny-nyc']),
  placed('california', ['us-ca']),
  placed('great-britain', ['gb']),
  placed('scotland', ['gb-scotland']),
  placed('two-places', ['us-ca', 'gb']),
];

const bank: BankLike = {
  questions,
  roles: [{ id: 'utility-customer-relations-manager' }],
  categories: [{ id: 'role-and-industry' }],
  competencies: [],
  tags: [],
  jurisdictions: [
    { id: 'us' },
    { id: 'us-ny', parent: 'us' },
    { id: 'us-ny-nyc', parent: 'us-ny' },
    { id: 'us-ca', parent: 'us' },
    { id: 'gb' },
    { id: 'gb-scotland', parent: 'gb' },
  ],
};

const ids = (list: readonly { id: string }[]) => list.map((q) => q.id);

describe('the jurisdictions criterion', () => {
  it('keeps portable questions and those placed in, within or around the listed place', () => {
    expect(ids(query(bank, { jurisdictions: 'us-ny' }))).toEqual([
      'anywhere',
      'empty-list',
      'federal',
      'new-york',
      'new-york-city',
    ]);
    expect(ids(query(bank, { jurisdictions: 'us' }))).toEqual([
      'anywhere',
      'empty-list',
      'federal',
      'new-york',
      'new-york-city',
      'california',
      'two-places',
    ]);
    expect(ids(query(bank, { jurisdictions: ['gb-scotland'] }))).toEqual([
      'anywhere',
      'empty-list',
      'great-britain',
      'scotland',
      'two-places',
    ]);
  });

  it('does not match a place by a shared start of its id alone', () => {
    const lookalike = [placed('gbx', ['gbx']), placed('gb', ['gb'])];
    expect(ids(query(lookalike, { jurisdictions: 'gb', portable: false }))).toEqual(['gb']);
  });

  it('drops portable questions with portable: false', () => {
    expect(ids(query(bank, { jurisdictions: 'gb', portable: false }))).toEqual([
      'great-britain',
      'scotland',
      'two-places',
    ]);
    expect(count(bank, { portable: false })).toBe(7);
    expect(count(bank, { portable: true })).toBe(questions.length);
  });

  it('checks ids against a bank, with a suggestion, but not for a plain array', () => {
    expect(thrown(() => query(bank, { jurisdictions: 'us-nyc' })).message).toBe(
      'Invalid criteria: unknown jurisdiction "us-nyc" in "jurisdictions". Did you mean "us-ny"? Valid jurisdictions: us, us-ny, us-ny-nyc, us-ca, gb, gb-scotland.',
    );
    expect(ids(query(questions, { jurisdictions: 'fr' }))).toEqual(['anywhere', 'empty-list']);
    expect(thrown(() => query(bank, { portable: 'no' as never })).message).toBe(
      'Invalid criteria: "portable" must be a boolean, got "no".',
    );
  });

  it('counts jurisdictions in facets, with portable ones apart', () => {
    expect(facets(bank).jurisdiction).toEqual({
      portable: 2,
      us: 1,
      'us-ny': 1,
      'us-ny-nyc': 1,
      'us-ca': 2,
      gb: 2,
      'gb-scotland': 1,
    });
  });

  it('gives the same answers from an index and from the oracle, for random criteria', () => {
    const index = createIndex(bank);
    const vocab = vocabOf(questions);
    fc.assert(
      fc.property(criteriaArbitrary(vocab), (criteria) => {
        const { offset: _, limit: __, seed: ___, ...unpaged } = criteria;
        expect(ids(index.query(unpaged))).toEqual(ids(query(bank, unpaged)));
        expect(ids(query(bank, unpaged))).toEqual(
          ids(questions.filter((q) => oracleMatches(q, unpaged))),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('moved ids', () => {
  const withMoved = {
    ...bank,
    moved: { 'old-new-york': 'new-york', 'older-scotland': 'scotland', __proto__: 'x' },
  } as unknown as BankLike;

  it('resolve to the question they moved to, in ids and exclude', () => {
    expect(ids(query(withMoved, { ids: ['old-new-york', 'federal'] }))).toEqual([
      'federal',
      'new-york',
    ]);
    expect(count(withMoved, { exclude: 'older-scotland' })).toBe(questions.length - 1);
    expect(ids(createIndex(withMoved).query({ ids: 'old-new-york' }))).toEqual(['new-york']);
  });

  it('are not looked up on the prototype, and not in a plain array', () => {
    expect(query(withMoved, { ids: ['constructor', 'toString'] })).toEqual([]);
    expect(query(questions, { ids: 'old-new-york' })).toEqual([]);
  });
});
