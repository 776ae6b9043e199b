import type { LintRule } from '../lint-rule.js';

export const categoriesHaveQuestions: LintRule = {
  name: 'categories-have-questions',
  description: 'Every category in content/categories.yaml has at least one question.',
  check: ({ questions, categories }) => {
    const used = new Set(questions.map(({ question }) => question.category));
    return categories
      .filter((category) => !used.has(category.id))
      .map((category) => ({
        file: 'content/categories.yaml',
        field: category.id,
        message: `category "${category.id}" has no questions; add some under content/${category.id}/`,
      }));
  },
};
