import type { Bank, Question } from '@prepdeck/schema';
import { describe, expectTypeOf, it } from 'vitest';
import { bank, type CategoryId, type QuestionId, questions, type TagId } from './index.js';

describe('exported types', () => {
  it('types the bank with the schema types', () => {
    expectTypeOf(bank).toEqualTypeOf<Bank>();
    expectTypeOf(questions).toEqualTypeOf<readonly Question[]>();
  });

  it('makes QuestionId a literal union, not string', () => {
    expectTypeOf<'high-bill-after-estimated-reads'>().toExtend<QuestionId>();
    expectTypeOf<string>().not.toExtend<QuestionId>();
    // @ts-expect-error not an id in the bank
    const unknown: QuestionId = 'no-such-question';
    expectTypeOf(unknown).toEqualTypeOf<QuestionId>();
  });

  it('makes CategoryId and TagId literal unions', () => {
    expectTypeOf<'billing-and-metering'>().toExtend<CategoryId>();
    expectTypeOf<string>().not.toExtend<CategoryId>();
    expectTypeOf<'high-bill'>().toExtend<TagId>();
    expectTypeOf<string>().not.toExtend<TagId>();
  });
});
