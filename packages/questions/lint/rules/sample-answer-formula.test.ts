import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { sampleAnswerFormula } from './sample-answer-formula.js';

describe(sampleAnswerFormula.name, () => {
  it('passes a story that does not name its parts', () => {
    expect(sampleAnswerFormula.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports the STAR labels, whatever the case', () => {
    const q = withGuidance(question('a'), {
      sampleAnswer: 'The meter was wrong. My task was to fix it. The Task Was clear.',
    });
    expect(sampleAnswerFormula.check(context(source(q))).map((p) => p.message)).toEqual([
      'says "My task was"; tell the story without naming the STAR parts',
      'says "The Task Was"; tell the story without naming the STAR parts',
    ]);
  });
});
