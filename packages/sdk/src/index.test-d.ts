import type { bank as Bank, questions as Questions } from '@prepdeck/questions';
import type * as schema from '@prepdeck/schema';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BankLike,
  type Criteria,
  createDeck,
  createIndex,
  type Difficulty,
  type QuestionLike,
  type QuestionType,
  query,
  type Seniority,
  sample,
  shuffle,
} from './index.js';

declare const bank: typeof Bank;
declare const questions: typeof Questions;
type Question = schema.Question;

interface MyQuestion extends QuestionLike {
  readonly myNote: string;
}
declare const mine: readonly MyQuestion[];

describe('types', () => {
  it('matches the schema enums exactly', () => {
    expectTypeOf<QuestionType>().toEqualTypeOf<schema.QuestionType>();
    expectTypeOf<Difficulty>().toEqualTypeOf<schema.Difficulty>();
    expectTypeOf<Seniority>().toEqualTypeOf<schema.Seniority>();
  });

  it('accepts schema banks and questions as sources', () => {
    expectTypeOf(bank).toExtend<BankLike<Question>>();
    expectTypeOf<Question>().toExtend<QuestionLike>();
  });

  it('returns the source element type', () => {
    expectTypeOf(query(bank)).toEqualTypeOf<Question[]>();
    expectTypeOf(query(questions, { limit: 2 })).toEqualTypeOf<Question[]>();
    expectTypeOf(query(mine)).toEqualTypeOf<MyQuestion[]>();
    expectTypeOf(createIndex(mine).query()).toEqualTypeOf<MyQuestion[]>();
    expectTypeOf(shuffle([1, 2, 3])).toEqualTypeOf<number[]>();
    expectTypeOf(createDeck(questions).draw()).toEqualTypeOf<Question[]>();
  });

  it('types criteria literals and the where predicate', () => {
    expectTypeOf<Criteria['types']>().toEqualTypeOf<
      QuestionType | readonly QuestionType[] | undefined
    >();
    query(mine, { where: (q) => q.myNote.length > 0 });
    // @ts-expect-error not a question type
    query(bank, { types: 'behavioural' });
    // @ts-expect-error not a difficulty
    query(bank, { difficulty: { min: 'hard' } });
    // @ts-expect-error unknown criterion
    query(bank, { categry: 'x' });
  });

  it('allows balanceBy only for questions', () => {
    expectTypeOf(sample(questions, 2, { balanceBy: 'category' })).toEqualTypeOf<Question[]>();
    expectTypeOf(sample([1, 2, 3], 2, { seed: 1 })).toEqualTypeOf<number[]>();
    // @ts-expect-error numbers have no category to balance by
    sample([1, 2, 3], 2, { balanceBy: 'category' });
    // @ts-expect-error not a balance key
    sample(questions, 2, { balanceBy: 'tags' });
  });

  it('needs ids to deal a deck', () => {
    // @ts-expect-error a deck needs items with string ids
    createDeck([1, 2, 3]);
  });
});
