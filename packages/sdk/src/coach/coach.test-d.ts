import type { Question } from '@prepdeck/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AnswerReview,
  type CoachableQuestion,
  type ReviewOptions,
  reviewAnswer,
  type StarPart,
} from './index.js';

declare const question: Question;

describe('coach types', () => {
  it('accepts every schema question', () => {
    expectTypeOf<Question>().toExtend<CoachableQuestion>();
    expectTypeOf(reviewAnswer(question, 'My answer')).toEqualTypeOf<AnswerReview>();
  });

  it('types the review', () => {
    expectTypeOf<AnswerReview['targetSeconds']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<StarPart>().toEqualTypeOf<'situation' | 'task' | 'action' | 'result'>();
    expectTypeOf<NonNullable<AnswerReview['star']>['missing']>().toEqualTypeOf<
      readonly StarPart[]
    >();
    expectTypeOf<AnswerReview['keyTerms']['used']>().toEqualTypeOf<readonly string[]>();
  });

  it('rejects what it cannot review', () => {
    // @ts-expect-error the answer must be a string
    reviewAnswer(question, 42);
    // @ts-expect-error a question needs guidance
    reviewAnswer({ type: 'general' }, 'My answer');
    // @ts-expect-error not a question type
    reviewAnswer({ type: 'essay', guidance: { keyPoints: [], keyTerms: [] } }, 'My answer');
    // @ts-expect-error the rate is a number
    reviewAnswer(question, 'My answer', { wordsPerMinute: '140' });
    const options: ReviewOptions = { wordsPerMinute: 160 };
    reviewAnswer(question, 'My answer', options);
  });
});
