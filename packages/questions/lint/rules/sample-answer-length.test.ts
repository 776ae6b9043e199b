import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { sampleAnswerLength } from './sample-answer-length.js';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe(sampleAnswerLength.name, () => {
  it('accepts 80 and 300 words', () => {
    for (const n of [80, 300]) {
      const q = withGuidance(question('a'), { sampleAnswer: words(n) });
      expect(sampleAnswerLength.check(context(source(q)))).toEqual([]);
    }
  });

  it('reports 79 and 301 words', () => {
    for (const n of [79, 301]) {
      const q = withGuidance(question('a'), { sampleAnswer: words(n) });
      expect(sampleAnswerLength.check(context(source(q)))).toEqual([
        {
          file: 'content/billing-and-metering/a.yaml',
          field: 'guidance.sampleAnswer',
          message: `has ${n} words; expected 80 to 300`,
        },
      ]);
    }
  });
});
