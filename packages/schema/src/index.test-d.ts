import { describe, expectTypeOf, it } from 'vitest';
import {
  type Bank,
  type Difficulty,
  parseBank,
  type Question,
  type QuestionType,
  type SafeParseBankResult,
  type Seniority,
  safeParseBank,
} from './index.js';

describe('inferred types', () => {
  it('exposes the enums as literal unions', () => {
    expectTypeOf<QuestionType>().toEqualTypeOf<
      'behavioral' | 'situational' | 'technical' | 'general'
    >();
    expectTypeOf<Difficulty>().toEqualTypeOf<'foundational' | 'intermediate' | 'advanced'>();
    expectTypeOf<Seniority>().toEqualTypeOf<'supervisor' | 'manager' | 'director'>();
    expectTypeOf<Question['type']>().toEqualTypeOf<QuestionType>();
    expectTypeOf<Question['seniority']>().toEqualTypeOf<readonly Seniority[]>();
  });

  it('types question fields as users expect', () => {
    expectTypeOf<Question['id']>().toEqualTypeOf<string>();
    expectTypeOf<Question['estimatedMinutes']>().toEqualTypeOf<number>();
    expectTypeOf<Question['guidance']['keyPoints']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Question['source']>().toEqualTypeOf<'seed' | 'original'>();
  });

  it('makes a parsed bank read-only all the way down', () => {
    const bank = parseBank({});
    expectTypeOf(bank).toEqualTypeOf<Bank>();
    expectTypeOf(bank.questions[0]).toExtend<Question | undefined>();
    // @ts-expect-error questions is a readonly array
    bank.questions.push({} as Question);
    const question = {} as Question;
    // @ts-expect-error question fields are readonly
    question.text = 'changed';
    // @ts-expect-error nested guidance is readonly too
    question.guidance.keyPoints[0] = 'changed';
  });

  it('narrows the safe result on success', () => {
    const result = safeParseBank({});
    expectTypeOf(result).toEqualTypeOf<SafeParseBankResult>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Bank>();
    else expectTypeOf(result.error.issues[0]?.path).toEqualTypeOf<string | undefined>();
  });

  it('accepts unknown input', () => {
    expectTypeOf(parseBank).parameter(0).toEqualTypeOf<unknown>();
  });
});
