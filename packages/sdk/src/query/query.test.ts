import { bank, questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaArbitrary, oracleMatches, vocabOf } from '../../test/criteria-arbitrary.js';
import { thrown } from '../../test/thrown.js';
import { shuffle } from '../shuffle.js';
import { count } from './count.js';
import { query } from './query.js';

const vocab = vocabOf(questions);
const ids = (list: readonly { id: string }[]) => list.map((q) => q.id);

describe('query', () => {
  it('returns everything in bank order without criteria', () => {
    expect(query(bank)).toEqual(questions);
    expect(query(questions, {})).toEqual(questions);
  });

  it('equals a plain filter, then a seeded shuffle, then offset and limit', () => {
    fc.assert(
      fc.property(criteriaArbitrary(vocab), (criteria) => {
        const matches = questions.filter((q) => oracleMatches(q, criteria));
        const ordered =
          criteria.seed === undefined ? matches : shuffle(matches, { seed: criteria.seed });
        const offset = criteria.offset ?? 0;
        const expected = ordered.slice(
          offset,
          offset + (criteria.limit ?? Number.POSITIVE_INFINITY),
        );
        expect(ids(query(bank, criteria))).toEqual(ids(expected));
        expect(count(bank, criteria)).toBe(expected.length);
      }),
      { numRuns: 400 },
    );
  });

  it('combines criteria with AND and values with OR', () => {
    const result = query(bank, {
      categories: ['billing-and-metering', 'credit-and-collections'],
      difficulty: { min: 'intermediate' },
      seniority: 'director',
    });
    expect(result.length).toBeGreaterThan(0);
    for (const q of result) {
      expect(['billing-and-metering', 'credit-and-collections']).toContain(q.category);
      expect(q.difficulty).not.toBe('foundational');
      expect(q.seniority).toContain('director');
    }
  });

  it('matches text by word prefix, ignoring case and accents', () => {
    const found = query(bank, { text: 'ESTIMÀT READ' });
    expect(ids(found)).toContain('high-bill-after-estimated-reads');
    expect(found.every((q) => /\bestimat/i.test(q.text) && /\bread/i.test(q.text))).toBe(true);
    expect(query(bank, { text: 'stimated' })).toEqual([]);
  });

  it('treats an empty list as no constraint', () => {
    expect(query(bank, { categories: [], tags: { any: [] } })).toEqual(questions);
  });

  it('applies where, exclude and ids', () => {
    const some = ids(questions.slice(0, 5));
    expect(ids(query(bank, { ids: some, exclude: some[0] }))).toEqual(some.slice(1));
    expect(query(bank, { where: (q) => q.source === 'seed' })).toHaveLength(5);
  });

  it('shuffles matches with a seed before paging, reproducibly', () => {
    const all = query(bank, { seed: 'page' });
    expect(ids(query(bank, { seed: 'page', offset: 10, limit: 5 }))).toEqual(
      ids(all.slice(10, 15)),
    );
    expect(ids(all)).not.toEqual(ids(questions));
  });

  it('does not copy or change the questions', () => {
    const [first] = query(bank, { limit: 1 });
    expect(first).toBe(questions[0]);
  });
});

describe('query: invalid criteria', () => {
  it('names the valid keys and suggests the near miss', () => {
    const error = thrown(() => query(bank, { categry: 'x' } as never));
    expect(error.code).toBe('INVALID_CRITERIA');
    expect(error.message).toBe(
      'Invalid criteria: unknown criterion "categry". Did you mean "categories"? Valid criteria: ids, roles, categories, types, difficulty, seniority, competencies, tags, jurisdictions, portable, text, exclude, where, offset, limit, seed.',
    );
  });

  it('checks categories against the bank, with a suggestion', () => {
    const error = thrown(() => query(bank, { categories: 'billing-and-meters' }));
    expect(error.message).toMatch(
      /^Invalid criteria: unknown category "billing-and-meters" in "categories". Did you mean "billing-and-metering"\? Valid categories: role-and-industry, /,
    );
  });

  it('checks tags, roles and competencies against the bank', () => {
    expect(thrown(() => query(bank, { tags: { none: ['hi-bill'] } })).message).toContain(
      'unknown tag "hi-bill" in "tags.none"',
    );
    expect(thrown(() => query(bank, { roles: 'astronaut' })).message).toContain(
      'unknown role "astronaut"',
    );
    expect(thrown(() => query(bank, { competencies: 'empathie' })).message).toContain(
      'Did you mean "empathy"?',
    );
  });

  it('does not check vocabularies for a plain array, only the fixed enums', () => {
    expect(query(questions, { categories: 'no-such-category' })).toEqual([]);
    expect(thrown(() => query(questions, { types: 'behavioural' as never })).message).toBe(
      'Invalid criteria: unknown type "behavioural" in "types". Did you mean "behavioral"? Valid types: behavioral, situational, technical, general, exercise.',
    );
    expect(thrown(() => query(questions, { seniority: ['vp' as never] })).code).toBe(
      'INVALID_CRITERIA',
    );
  });

  it.each([
    [{ limit: -1 }, '"limit" must be a whole number from 0 up, got -1.'],
    [{ limit: 2.5 }, '"limit" must be a whole number from 0 up, got 2.5.'],
    [{ offset: '3' }, '"offset" must be a whole number from 0 up, got "3".'],
    [{ categories: 7 }, '"categories" must be a string or an array of strings, got 7.'],
    [{ text: ['a'] }, '"text" must be a string, got ["a"].'],
    [{ where: 'x' }, '"where" must be a function, got "x".'],
    [
      { difficulty: { min: 'advanced', max: 'foundational' } },
      '"difficulty" range has min "advanced" above max "foundational".',
    ],
    [
      { difficulty: { from: 'advanced' } },
      'unknown key "from" in "difficulty". Valid keys: min, max.',
    ],
    [
      { difficulty: 'hard' },
      'unknown difficulty "hard" in "difficulty". Valid difficulties: foundational, intermediate, advanced.',
    ],
    [
      { tags: { some: ['x'] } },
      'unknown key "some" in "tags". Did you mean "none"? Valid keys: all, any, none.',
    ],
  ])('rejects %j', (criteria, message) => {
    const error = thrown(() => query(questions, criteria as never));
    expect(error.code).toBe('INVALID_CRITERIA');
    expect(error.message).toBe(`Invalid criteria: ${message}`);
  });

  it('rejects non-object criteria and bad sources', () => {
    expect(thrown(() => query(bank, null as never)).message).toBe(
      'Invalid criteria: criteria must be an object, got null.',
    );
    expect(thrown(() => query(bank, ['x'] as never)).code).toBe('INVALID_CRITERIA');
    expect(thrown(() => query('bank' as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('rejects a bad seed with INVALID_SEED', () => {
    expect(thrown(() => query(bank, { seed: Number.NaN })).code).toBe('INVALID_SEED');
  });
});
