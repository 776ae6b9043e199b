import { describe, expectTypeOf, it } from 'vitest';
import {
  type Bank,
  type Citation,
  type Concept,
  type Difficulty,
  type Exercise,
  type ExerciseFormat,
  type Jurisdiction,
  parseBank,
  type Question,
  type QuestionType,
  type RedFlag,
  type Rubric,
  type RubricLevel,
  type SafeParseBankResult,
  type Seniority,
  safeParseBank,
} from './index.js';

describe('inferred types', () => {
  it('exposes the enums as literal unions', () => {
    expectTypeOf<QuestionType>().toEqualTypeOf<
      'behavioral' | 'situational' | 'technical' | 'general' | 'exercise'
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

  it('types the version 2 question fields', () => {
    expectTypeOf<Question['guidance']['redFlags']>().toEqualTypeOf<readonly RedFlag[]>();
    expectTypeOf<RedFlag>().toEqualTypeOf<{
      readonly text: string;
      readonly cues: readonly string[];
    }>();
    expectTypeOf<Question['guidance']['rubric']>().toEqualTypeOf<Rubric | undefined>();
    expectTypeOf<keyof Rubric>().toEqualTypeOf<RubricLevel>();
    expectTypeOf<RubricLevel>().toEqualTypeOf<'poor' | 'mixed' | 'good' | 'excellent'>();
    expectTypeOf<Question['guidance']['weakAnswer']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Question['jurisdictions']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Question['sources']>().toEqualTypeOf<readonly Citation[] | undefined>();
    expectTypeOf<Citation['url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Citation['asOf']>().toEqualTypeOf<string>();
    expectTypeOf<Question['exercise']>().toEqualTypeOf<Exercise | undefined>();
    expectTypeOf<Exercise['format']>().toEqualTypeOf<ExerciseFormat>();
    expectTypeOf<ExerciseFormat>().toEqualTypeOf<
      'in-tray' | 'data-interpretation' | 'presentation' | 'role-play'
    >();
  });

  it('types the version 2 bank fields', () => {
    expectTypeOf<Bank['jurisdictions']>().toEqualTypeOf<readonly Jurisdiction[] | undefined>();
    expectTypeOf<Jurisdiction['parent']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Bank['concepts']>().toEqualTypeOf<readonly Concept[] | undefined>();
    expectTypeOf<Concept['terms']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Bank['moved']>().toEqualTypeOf<Readonly<Record<string, string>> | undefined>();
    const flag = {} as RedFlag;
    // @ts-expect-error red-flag cues are readonly
    flag.cues.push('x');
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
