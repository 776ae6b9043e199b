import { bank, questions } from '@prepdeck/questions';
import { describe, expect, it } from 'vitest';
import { facets } from './facets.js';

describe('facets', () => {
  it('counts the whole bank per category, type, difficulty, seniority and tag', () => {
    const result = facets(bank);
    expect(result.total).toBe(questions.length);
    expect(Object.keys(result.categories)).toEqual(bank.categories.map((c) => c.id));
    for (const category of bank.categories) {
      expect(result.categories[category.id]).toBe(
        questions.filter((q) => q.category === category.id).length,
      );
    }
    expect(Object.values(result.types).reduce((a, b) => a + b, 0)).toBe(questions.length);
    expect(result.seniority.director).toBe(
      questions.filter((q) => q.seniority.includes('director')).length,
    );
    expect(Object.keys(result.tags)).toEqual(bank.tags.map((t) => t.id));
  });

  it('counts only the matches, ignoring offset, limit and seed, with zeros kept', () => {
    const result = facets(bank, { categories: 'key-accounts', limit: 1, seed: 3 });
    expect(result.total).toBe(questions.filter((q) => q.category === 'key-accounts').length);
    expect(result.categories['billing-and-metering']).toBe(0);
    expect(result.difficulty).toEqual({
      foundational: questions.filter(
        (q) => q.category === 'key-accounts' && q.difficulty === 'foundational',
      ).length,
      intermediate: questions.filter(
        (q) => q.category === 'key-accounts' && q.difficulty === 'intermediate',
      ).length,
      advanced: questions.filter(
        (q) => q.category === 'key-accounts' && q.difficulty === 'advanced',
      ).length,
    });
  });

  it('lists only the values it sees for a plain array', () => {
    const result = facets(questions.slice(0, 3));
    expect(Object.keys(result.categories)).toEqual([
      ...new Set(questions.slice(0, 3).map((q) => q.category)),
    ]);
    expect(result.types).toHaveProperty('general');
  });
});
