import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { guidanceCounts } from './guidance-counts.js';

describe(guidanceCounts.name, () => {
  it('passes counts within bounds', () => {
    expect(guidanceCounts.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports lists that are too short or too long', () => {
    const q = withGuidance(question('a'), {
      keyPoints: Array.from({ length: 8 }, (_, i) => `Point ${i}.`),
      redFlags: [{ text: 'Only one.', cues: ['only one'] }],
      keyTerms: ['one'],
    });
    expect(guidanceCounts.check(context(source(q))).map((p) => `${p.field}: ${p.message}`)).toEqual(
      [
        'guidance.keyPoints: has 8 items; expected 3 to 7',
        'guidance.redFlags: has 1 items; expected 2 to 6',
        'guidance.keyTerms: has 1 items; expected 2 to 10',
      ],
    );
  });
});
