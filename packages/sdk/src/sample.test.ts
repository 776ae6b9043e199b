import { questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BalanceKey } from './sample.js';
import { sample } from './sample.js';
import { shuffle } from './shuffle.js';

const keyOf = (q: (typeof questions)[number], key: BalanceKey) =>
  key === 'seniority' ? (q.seniority[0] as string) : q[key];

describe('sample', () => {
  it('picks the first n of the same seeded shuffle, distinct, input untouched', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 60 }),
        fc.nat(),
        fc.string(),
        (items, k, seed) => {
          const n = items.length === 0 ? 0 : k % (items.length + 1);
          const before = [...items];
          const picked = sample(items, n, { seed });
          expect(picked).toEqual(shuffle(items, { seed }).slice(0, n));
          expect(new Set(picked).size).toBe(n);
          expect(items).toEqual(before);
        },
      ),
    );
  });

  it('matches a golden vector', () => {
    expect(sample([...Array(10).keys()], 4, { seed: 'demo' })).toEqual([6, 4, 1, 5]);
  });

  it('says how many there are when asked for too many', () => {
    expect(() => sample([1, 2, 3], 4)).toThrowError(
      expect.objectContaining({
        code: 'NOT_ENOUGH_QUESTIONS',
        message: 'Asked for 4 items, but the pool has only 3.',
      }),
    );
  });

  it.each([-1, 1.5, Number.NaN, '2'])('rejects n = %s', (n) => {
    expect(() => sample([1, 2, 3], n as number)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('names values that cannot be printed with String(), and reads null options as none', () => {
    expect(() => sample(questions, Object.create(null))).toThrowError(
      'sample needs a whole number from 0 up, got {}.',
    );
    expect(() => sample(questions, 10n as never)).toThrowError(
      'sample needs a whole number from 0 up, got bigint.',
    );
    expect(() => sample(questions, 2, { balanceBy: Object.create(null) })).toThrowError(
      'Unknown balanceBy {}. Valid values: category, type, difficulty, seniority.',
    );
    expect(sample(questions, 2, null as never)).toHaveLength(2);
  });

  it('rejects an unknown balanceBy with a suggestion', () => {
    expect(() => sample(questions, 3, { balanceBy: 'categry' as BalanceKey })).toThrowError(
      'Unknown balanceBy "categry". Did you mean "category"? Valid values: category, type, difficulty, seniority.',
    );
  });

  it('balances: group counts differ by at most one unless a group runs out', () => {
    const keys: BalanceKey[] = ['category', 'type', 'difficulty', 'seniority'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 255 }),
        fc.string(),
        (key, n, skew, seed) => {
          // A lopsided pool: drop most questions of some groups.
          const pool = questions.filter(
            (q, i) => keyOf(q, key).length % 3 !== 0 || i % 8 < skew % 8,
          );
          const wanted = Math.min(n, pool.length);
          const picked = sample(pool, wanted, { seed, balanceBy: key });
          expect(new Set(picked).size).toBe(wanted);
          expect(picked.every((q) => pool.includes(q))).toBe(true);
          const size = new Map<string, number>();
          for (const q of pool) size.set(keyOf(q, key), (size.get(keyOf(q, key)) ?? 0) + 1);
          const got = new Map<string, number>([...size.keys()].map((g) => [g, 0]));
          for (const q of picked) got.set(keyOf(q, key), (got.get(keyOf(q, key)) ?? 0) + 1);
          for (const [g, c] of got) {
            for (const [h, d] of got) {
              if (c > d + 1) expect(d, `${g}=${c} vs ${h}=${d}`).toBe(size.get(h));
            }
          }
        },
      ),
    );
  });

  it('deals one question per category for n = 16, reproducibly', () => {
    const picked = sample(questions, 16, { seed: 'demo', balanceBy: 'category' });
    expect(new Set(picked.map((q) => q.category)).size).toBe(16);
    expect(sample(questions, 16, { seed: 'demo', balanceBy: 'category' })).toEqual(picked);
  });

  it('matches a golden vector for a balanced sample (pinned)', () => {
    const types = ['behavioral', 'situational', 'technical', 'general'] as const;
    const pool = Array.from({ length: 12 }, (_, i) => ({
      id: `q-${i}`,
      text: '',
      roles: [],
      category: `c-${i % 3}`,
      type: types[i % 4] as (typeof types)[number],
      difficulty: 'advanced' as const,
      seniority: ['manager' as const],
      competencies: [],
      tags: [],
    }));
    const picked = sample(pool, 5, { seed: 'golden', balanceBy: 'type' });
    expect(picked.map((q) => q.id)).toEqual(['q-8', 'q-9', 'q-5', 'q-11', 'q-2']);
  });
});
