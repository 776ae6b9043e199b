import { bank } from '@prepdeck/questions';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown.js';
import type { InterviewPlan } from './interview-plan.js';
import { planInterview } from './plan-interview.js';
import type { RubricLevel } from './rubric-levels.js';
import { BAND_THRESHOLDS, scoreInterview } from './score-interview.js';

const plan = planInterview(bank, { minutes: 45, seed: 'score' });
const planned = plan.items.map((item) => item.question.id);
const all = (level: RubricLevel) => Object.fromEntries(planned.map((id) => [id, level]));

describe('scoreInterview', () => {
  it('maps all-one-level ratings to the matching band', () => {
    expect(scoreInterview(plan, all('poor')).band).toBe('strong-no');
    expect(scoreInterview(plan, all('mixed')).band).toBe('no');
    expect(scoreInterview(plan, all('good')).band).toBe('yes');
    expect(scoreInterview(plan, all('excellent')).band).toBe('strong-yes');
  });

  it('puts a mean on the documented thresholds in the higher band', () => {
    const two = { ...plan, items: plan.items.slice(0, 4) } as InterviewPlan;
    const [a, b, c, d] = two.items.map((item) => item.question.id) as [
      string,
      string,
      string,
      string,
    ];
    // (1 + 2 + 2 + 2) / 4 = 1.75, (2 + 2 + 3 + 3) / 4 = 2.5, (3 + 3 + 3 + 4) / 4 = 3.25
    expect(
      scoreInterview(two, { [a]: 'poor', [b]: 'mixed', [c]: 'mixed', [d]: 'mixed' }).overall.mean,
    ).toBe(BAND_THRESHOLDS.no);
    expect(
      scoreInterview(two, { [a]: 'poor', [b]: 'mixed', [c]: 'mixed', [d]: 'mixed' }).band,
    ).toBe('no');
    expect(scoreInterview(two, { [a]: 'mixed', [b]: 'mixed', [c]: 'good', [d]: 'good' }).band).toBe(
      'yes',
    );
    expect(
      scoreInterview(two, { [a]: 'good', [b]: 'good', [c]: 'good', [d]: 'excellent' }).band,
    ).toBe('strong-yes');
  });

  it('averages each competency over the rated questions that assess it', () => {
    const ratings: Record<string, RubricLevel> = {};
    plan.items.forEach((item, i) => {
      ratings[item.question.id] = i % 2 === 0 ? 'excellent' : 'mixed';
    });
    const score = scoreInterview(plan, ratings);
    for (const [competency, summary] of Object.entries(score.competencies)) {
      const points = plan.items
        .filter((item) => item.question.competencies.includes(competency))
        .map((item) => (ratings[item.question.id] === 'excellent' ? 4 : 2));
      expect(summary.questions).toBe(points.length);
      expect(summary.mean).toBeCloseTo(points.reduce((x, y) => x + y, 0) / points.length);
    }
    expect(Object.keys(score.competencies).sort()).toEqual(
      Object.keys(plan.coverage.competencies).sort(),
    );
  });

  it('leaves unrated questions out and lists them', () => {
    const [first, second] = planned as [string, string];
    const score = scoreInterview(plan, { [first]: 'good', [second]: 'excellent' });
    expect(score.overall).toEqual({ mean: 3.5, level: 'excellent', questions: 2 });
    expect(score.unrated).toEqual(planned.slice(2));
  });

  it('names unknown questions, bad levels and an empty rating', () => {
    const [first] = planned as [string];
    expect(thrown(() => scoreInterview(plan, { 'not-planned': 'good' })).message).toMatch(
      /^scoreInterview: "not-planned" is not a question of this plan\..* Planned: /,
    );
    expect(thrown(() => scoreInterview(plan, { [first]: 'great' as never })).message).toBe(
      `scoreInterview: the rating of "${first}" is "great". Valid levels: poor, mixed, good, excellent.`,
    );
    expect(thrown(() => scoreInterview(plan, { [first]: 'exellent' as never })).message).toMatch(
      /Did you mean "excellent"\?/,
    );
    expect(thrown(() => scoreInterview(plan, {})).message).toBe(
      'scoreInterview: no question is rated; rate at least one answer.',
    );
    expect(thrown(() => scoreInterview(plan, null as never)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => scoreInterview({} as never, {})).message).toBe(
      'scoreInterview: expected a plan from planInterview.',
    );
  });
});
