import { bank, questions } from '@prepdeck/questions';
import type { Question } from '@prepdeck/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type InterviewBand,
  type InterviewItem,
  type InterviewPlan,
  type InterviewScore,
  type KitQuestion,
  planInterview,
  type RubricLevel,
  scoreInterview,
  toKitHtml,
  toKitMarkdown,
} from './index.js';

describe('kit types', () => {
  it('accepts every Question of @prepdeck/schema and keeps its type in the plan', () => {
    expectTypeOf<Question>().toExtend<KitQuestion>();
    const plan = planInterview(bank, { minutes: 45 });
    expectTypeOf(plan).toEqualTypeOf<InterviewPlan<Question>>();
    expectTypeOf(plan.items[0]).toEqualTypeOf<InterviewItem<Question> | undefined>();
    expectTypeOf(
      planInterview(questions, { minutes: 30 }).items[0]?.question.guidance.rubric?.good,
    ).toEqualTypeOf<string | undefined>();
  });

  it('types the options and the outputs', () => {
    // @ts-expect-error minutes is required
    planInterview(bank, { seed: 'x' });
    // @ts-expect-error seniority takes the fixed levels
    planInterview(bank, { minutes: 30, seniority: 'lead' });
    expectTypeOf(toKitMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(toKitHtml).returns.toEqualTypeOf<string>();
    expectTypeOf<InterviewItem['part']>().toEqualTypeOf<'warm-up' | 'question' | 'exercise'>();
  });

  it('scores ratings given as rubric levels', () => {
    const plan = planInterview(bank, { minutes: 30 });
    expectTypeOf(scoreInterview)
      .parameter(1)
      .toEqualTypeOf<Readonly<Record<string, RubricLevel>>>();
    expectTypeOf(scoreInterview(plan, {})).toEqualTypeOf<InterviewScore>();
    expectTypeOf<InterviewScore['band']>().toEqualTypeOf<InterviewBand>();
    expectTypeOf<InterviewBand>().toEqualTypeOf<'strong-no' | 'no' | 'yes' | 'strong-yes'>();
    // @ts-expect-error ratings are rubric levels
    scoreInterview(plan, { a: 'great' });
  });
});
