import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { rubricAnchors } from './rubric-anchors.js';

const messages = (...questions: ReturnType<typeof question>[]) =>
  rubricAnchors
    .check(context(...questions.map((q) => source(q))))
    .map((p) => `${p.file}: ${p.field}: ${p.message}`);

describe(rubricAnchors.name, () => {
  it('passes distinct, well-sized levels on distinct questions', () => {
    expect(messages(question('a'), question('b'))).toEqual([]);
  });

  it('reports a missing rubric', () => {
    const q = withGuidance(question('a'), {});
    const { rubric: _, ...guidance } = q.guidance;
    expect(messages({ ...q, guidance })).toEqual([
      'content/billing-and-metering/a.yaml: guidance.rubric: is missing',
    ]);
  });

  it('reports levels too short, too long or with too many sentences', () => {
    const base = question('a');
    const rubric = {
      ...(base.guidance.rubric as NonNullable<typeof base.guidance.rubric>),
      poor: 'Defends the bill.',
      good: Array.from({ length: 75 }, () => 'word').join(' '),
      excellent: 'Checks the reads. Widens the search. Offers a plan. Fixes the route cause too.',
    };
    expect(messages(withGuidance(base, { rubric }))).toEqual([
      'content/billing-and-metering/a.yaml: guidance.rubric.poor: has 3 words; expected 12 to 70',
      'content/billing-and-metering/a.yaml: guidance.rubric.good: has 75 words; expected 12 to 70',
      'content/billing-and-metering/a.yaml: guidance.rubric.excellent: has 4 sentences; expected 1 to 3',
    ]);
  });

  it('reports a level that repeats another level of the same question', () => {
    const base = question('a');
    const rubric = base.guidance.rubric as NonNullable<typeof base.guidance.rubric>;
    expect(messages(withGuidance(base, { rubric: { ...rubric, mixed: rubric.poor } }))).toEqual([
      'content/billing-and-metering/a.yaml: guidance.rubric.mixed: repeats the poor level',
    ]);
  });

  it('reports a level shared with another question, case and punctuation aside', () => {
    const a = question('a');
    const b = question('b');
    const shared = (a.guidance.rubric?.good ?? '').toUpperCase().replace(/,/g, ';');
    const rubric = {
      ...(b.guidance.rubric as NonNullable<typeof b.guidance.rubric>),
      good: shared,
    };
    expect(messages(a, withGuidance(b, { rubric }))).toEqual([
      'content/billing-and-metering/b.yaml: guidance.rubric.good: has the same text as a level of content/billing-and-metering/a.yaml',
    ]);
  });
});
