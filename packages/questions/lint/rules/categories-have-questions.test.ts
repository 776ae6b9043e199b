import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { categoriesHaveQuestions } from './categories-have-questions.js';

describe(categoriesHaveQuestions.name, () => {
  it('passes when every category has a question', () => {
    expect(categoriesHaveQuestions.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports an empty category', () => {
    const base = context(source(question('a')));
    const withEmpty = {
      ...base,
      categories: [
        ...base.categories,
        { id: 'key-accounts', title: 'Key accounts', description: 'Large customers.' },
      ],
    };
    expect(categoriesHaveQuestions.check(withEmpty)).toEqual([
      {
        file: 'content/categories.yaml',
        field: 'key-accounts',
        message: 'category "key-accounts" has no questions; add some under content/key-accounts/',
      },
    ]);
  });
});
