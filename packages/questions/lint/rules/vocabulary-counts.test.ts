import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { vocabularyCounts } from './vocabulary-counts.js';

describe(vocabularyCounts.name, () => {
  it('passes counts within bounds', () => {
    expect(vocabularyCounts.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports too few tags and too many competencies', () => {
    const q = question('a', {
      tags: ['high-bill'],
      competencies: ['empathy', 'empathy', 'empathy', 'empathy', 'empathy'],
    });
    expect(
      vocabularyCounts.check(context(source(q))).map((p) => `${p.field}: ${p.message}`),
    ).toEqual(['tags: has 1 items; expected 2 to 6', 'competencies: has 5 items; expected 1 to 4']);
  });
});
