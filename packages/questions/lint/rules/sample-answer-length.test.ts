import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { sampleAnswerLength, sampleAnswerRange } from './sample-answer-length.js';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const at = (minutes: number, n: number, type: 'situational' | 'exercise' = 'situational') =>
  withGuidance(question('a', { estimatedMinutes: minutes, type }), { sampleAnswer: words(n) });

describe(sampleAnswerLength.name, () => {
  it('sizes the range to the minutes at 130 words a minute, 60% to 115%', () => {
    expect(sampleAnswerRange(2)).toEqual({ min: 156, max: 299 });
    expect(sampleAnswerRange(3)).toEqual({ min: 234, max: 448 });
    expect(sampleAnswerRange(4)).toEqual({ min: 312, max: 598 });
    expect(sampleAnswerRange(1)).toEqual({ min: 80, max: 150 });
    expect(sampleAnswerRange(20, 'exercise')).toEqual({ min: 80, max: 700 });
  });

  it('accepts both ends of the range', () => {
    for (const n of [156, 299])
      expect(sampleAnswerLength.check(context(source(at(2, n))))).toEqual([]);
    expect(sampleAnswerLength.check(context(source(at(15, 650, 'exercise'))))).toEqual([]);
  });

  it('reports an answer too short or too long for its minutes', () => {
    expect(sampleAnswerLength.check(context(source(at(4, 250))))).toEqual([
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'guidance.sampleAnswer',
        message:
          'has 250 words for 4 suggested minutes; expected 312 to 598 (or change estimatedMinutes)',
      },
    ]);
    expect(sampleAnswerLength.check(context(source(at(2, 300))))).toHaveLength(1);
  });
});
