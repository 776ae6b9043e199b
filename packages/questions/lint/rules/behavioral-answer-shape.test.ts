import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { behavioralAnswerShape } from './behavioral-answer-shape.js';

const story = (id: string, setback: boolean, followUps = 2) =>
  source(
    withGuidance(question(id, { type: 'behavioral' }), {
      sampleAnswer: `We fixed the route. ${setback ? 'My mistake was waiting a week.' : 'It worked.'}`,
      followUps: Array.from({ length: followUps }, (_, i) => `Follow-up ${i}?`),
    }),
  );

describe(behavioralAnswerShape.name, () => {
  it('passes when a third of stories have a setback and follow-up counts vary', () => {
    expect(
      behavioralAnswerShape.check(
        context(story('a', true, 2), story('b', false, 3), story('c', false, 4)),
      ),
    ).toEqual([]);
  });

  it('reports too few setbacks', () => {
    const problems = behavioralAnswerShape.check(
      context(
        story('a', false, 2),
        story('b', false, 3),
        story('c', false, 4),
        story('d', true, 5),
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '1 of 4 behavioral sample answers tell of a setback or mistake; at least 2 should',
    ]);
  });

  it('reports one follow-up count on more than half of the questions', () => {
    const problems = behavioralAnswerShape.check(
      context(story('a', true, 3), story('b', true, 3), story('c', true, 2)),
    );
    expect(problems.map((p) => p.message)).toEqual([
      '2 of 3 questions have exactly 3 follow-ups; vary the count with the question (at most half may share one)',
    ]);
  });
});
