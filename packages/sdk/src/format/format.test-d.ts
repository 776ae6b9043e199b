import { questions } from '@prepdeck/questions';
import type { Question } from '@prepdeck/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { QuestionLike } from '../question-like.js';
import {
  type FormattableQuestion,
  type ToAnkiOptions,
  type ToCsvOptions,
  type ToJsonOptions,
  type ToMarkdownOptions,
  toAnki,
  toCsv,
  toJson,
  toMarkdown,
} from './index.js';

describe('format types', () => {
  it('accepts every Question of @prepdeck/schema', () => {
    expectTypeOf<Question>().toExtend<FormattableQuestion>();
    expectTypeOf<readonly Question[]>().toExtend<readonly FormattableQuestion[]>();
    expectTypeOf<FormattableQuestion>().toExtend<QuestionLike>();
  });

  it('keeps estimated minutes and guidance optional', () => {
    expectTypeOf<QuestionLike>().toExtend<FormattableQuestion>();
    expectTypeOf<{ estimatedMinutes: string } & QuestionLike>().not.toExtend<FormattableQuestion>();
  });

  it('takes readonly Question[] from @prepdeck/questions and returns a string', () => {
    expectTypeOf(questions).toEqualTypeOf<readonly Question[]>();
    expectTypeOf(toMarkdown).toBeCallableWith(questions);
    expectTypeOf(toMarkdown).toBeCallableWith(questions, { guidance: true });
    expectTypeOf(toCsv).toBeCallableWith(questions, { guidance: true, delimiter: '\t' });
    expectTypeOf(toJson).toBeCallableWith(questions, { guidance: false });
    expectTypeOf(toAnki).toBeCallableWith(questions, { notetype: 'Basic', deck: 'prepdeck' });
    expectTypeOf(toMarkdown(questions)).toEqualTypeOf<string>();
    expectTypeOf(toCsv(questions)).toEqualTypeOf<string>();
    expectTypeOf(toJson(questions)).toEqualTypeOf<string>();
    expectTypeOf(toAnki(questions)).toEqualTypeOf<string>();
  });

  it('types the options', () => {
    expectTypeOf(toMarkdown).parameter(1).toEqualTypeOf<ToMarkdownOptions | undefined>();
    expectTypeOf(toCsv).parameter(1).toEqualTypeOf<ToCsvOptions | undefined>();
    expectTypeOf(toJson).parameter(1).toEqualTypeOf<ToJsonOptions | undefined>();
    expectTypeOf(toAnki).parameter(1).toEqualTypeOf<ToAnkiOptions | undefined>();
    expectTypeOf<ToCsvOptions['delimiter']>().toEqualTypeOf<',' | ';' | '\t' | undefined>();
    // @ts-expect-error '|' is not a delimiter
    toCsv(questions, { delimiter: '|' });
  });
});
