import { describe, expect, it } from 'vitest';
import {
  createSyntheticBank,
  FULL_SIZE,
  type SyntheticBankOptions,
} from '../bench/synthetic-bank.js';
import type { Criteria } from '../src/index.js';
import {
  createIndex,
  DIFFICULTIES,
  QUESTION_TYPES,
  query,
  SENIORITY_LEVELS,
} from '../src/index.js';

const SMALL: SyntheticBankOptions = {
  seed: 'small',
  roles: 40,
  questionsPerRole: 6,
  categories: 5,
  tags: 30,
  competencies: 8,
  vocabulary: 400,
  minWords: 12,
  maxWords: 30,
};

const ids = (questions: readonly { readonly id: string }[]) => questions.map((q) => q.id);

describe('createSyntheticBank', () => {
  const bank = createSyntheticBank(SMALL);

  it('builds the same bank on every call', () => {
    const again = createSyntheticBank(SMALL);
    expect(again).toEqual(bank);
    expect(JSON.stringify(again)).toBe(JSON.stringify(bank));
  });

  it('builds another bank for another seed', () => {
    expect(ids(createSyntheticBank({ ...SMALL, seed: 'other' }).questions)).toEqual(
      ids(bank.questions),
    );
    expect(createSyntheticBank({ ...SMALL, seed: 'other' }).questions).not.toEqual(bank.questions);
  });

  it('has the requested sizes', () => {
    expect(bank.questions).toHaveLength(240);
    expect(bank.roles).toHaveLength(40);
    expect(bank.categories).toHaveLength(5);
    expect(bank.tags).toHaveLength(30);
    expect(bank.competencies).toHaveLength(8);
    expect(new Set(ids(bank.questions)).size).toBe(240);
    for (const role of bank.roles) {
      expect(bank.questions.filter((q) => q.roles.includes(role.id))).toHaveLength(6);
    }
  });

  it('defaults to 5,000 roles x 30 questions', () => {
    expect(FULL_SIZE.roles * FULL_SIZE.questionsPerRole).toBe(150_000);
    expect(FULL_SIZE).toMatchObject({
      categories: 16,
      tags: 200,
      competencies: 20,
      vocabulary: 20_000,
    });
  });

  it('gives each question valid fields within the requested ranges', () => {
    const known = (records: readonly { readonly id: string }[]) =>
      new Set(records.map((r) => r.id));
    const [categories, competencies, tags] = [bank.categories, bank.competencies, bank.tags].map(
      known,
    );
    for (const q of bank.questions) {
      expect(categories?.has(q.category)).toBe(true);
      expect(QUESTION_TYPES).toContain(q.type);
      expect(DIFFICULTIES).toContain(q.difficulty);
      expect(q.seniority.length).toBeGreaterThanOrEqual(1);
      expect(q.seniority.length).toBeLessThanOrEqual(3);
      expect(new Set(q.seniority).size).toBe(q.seniority.length);
      expect(q.seniority.every((level) => SENIORITY_LEVELS.includes(level))).toBe(true);
      expect(q.competencies.length).toBeGreaterThanOrEqual(1);
      expect(q.competencies.length).toBeLessThanOrEqual(3);
      expect(new Set(q.competencies).size).toBe(q.competencies.length);
      expect(q.competencies.every((c) => competencies?.has(c))).toBe(true);
      expect(q.tags.length).toBeGreaterThanOrEqual(1);
      expect(q.tags.length).toBeLessThanOrEqual(4);
      expect(new Set(q.tags).size).toBe(q.tags.length);
      expect(q.tags.every((tag) => tags?.has(tag))).toBe(true);
      const words = q.text.slice(0, -1).split(' ');
      expect(words.length).toBeGreaterThanOrEqual(12);
      expect(words.length).toBeLessThanOrEqual(30);
      expect(q.text.endsWith('?')).toBe(true);
    }
  });

  it('draws tags and words with a skewed frequency, some words accented', () => {
    const tagCounts = bank.tags.map(
      (tag) => bank.questions.filter((q) => q.tags.includes(tag.id)).length,
    );
    expect(tagCounts[0]).toBeGreaterThan(5 * (tagCounts[tagCounts.length - 1] ?? 0));
    const words = bank.questions.flatMap((q) => q.text.toLowerCase().slice(0, -1).split(' '));
    expect(words.every((word) => /^\p{Ll}+$/u.test(word))).toBe(true);
    expect(words.some((word) => /[^a-z]/.test(word))).toBe(true);
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThan(20 * (sorted[sorted.length - 1] ?? 0));
  });

  const criteria: readonly Criteria[] = [
    {},
    {
      categories: ['category-1', 'category-4'],
      difficulty: { min: 'intermediate' },
      tags: 'tag-03',
    },
    { types: 'behavioral', seniority: ['director'], competencies: 'competency-2' },
    { tags: { all: ['tag-01', 'tag-02'], none: 'tag-05' } },
    { roles: ['role-07', 'role-31'], exclude: 'role-07-q1' },
    { text: 'ba' },
    { text: 'ko ma', difficulty: 'advanced' },
    { categories: 'category-2', seed: 'page', offset: 2, limit: 5 },
  ];

  it.each(criteria)('createIndex(bank).query(%o) equals query(bank, ...)', (c) => {
    const index = createIndex(bank);
    expect(ids(index.query(c))).toEqual(ids(query(bank, c)));
  });

  it('has criteria that match some but not all questions', () => {
    const counts = criteria.slice(1).map((c) => query(bank, c).length);
    expect(counts.filter((n) => n > 0 && n < bank.questions.length).length).toBeGreaterThan(4);
  });
});
