import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { placedInJurisdiction } from './placed-in-jurisdiction.js';

describe(placedInJurisdiction.name, () => {
  it('passes a portable question and a placed one', () => {
    expect(placedInJurisdiction.check(context(source(question('a'))))).toEqual([]);
    const gb = question('b', {
      text: 'How does Ofgem expect you to treat a customer in debt?',
      jurisdictions: ['gb-scotland'],
    });
    expect(placedInJurisdiction.check(context(source(gb)))).toEqual([]);
  });

  it('reports a question about one place that lists no place, or another', () => {
    const unplaced = withGuidance(question('a'), { intent: 'Knows how LIHEAP works.' });
    expect(placedInJurisdiction.check(context(source(unplaced))).map((p) => p.message)).toEqual([
      'the question is about LIHEAP, so list "us" (or a jurisdiction within it)',
    ]);
    const wrong = question('b', {
      text: 'What does Ofwat measure with C-MeX?',
      jurisdictions: ['us'],
    });
    expect(placedInJurisdiction.check(context(source(wrong))).map((p) => p.message)).toEqual([
      'the question is about Ofwat, so list "gb" (or a jurisdiction within it)',
    ]);
  });

  it('does not take a lookalike id for a place within', () => {
    const q = question('a', { text: 'What does Ofgem require?', jurisdictions: ['gbx'] });
    expect(placedInJurisdiction.check(context(source(q)))).toHaveLength(1);
  });
});
