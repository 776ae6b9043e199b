import type { LintRule } from '../lint-rule.js';

export const folderMatchesCategory: LintRule = {
  name: 'folder-matches-category',
  description: 'A question file sits in the folder named after its category.',
  check: ({ questions }) =>
    questions
      .filter(({ folder, question }) => folder !== question.category)
      .map(({ path, folder, question }) => ({
        file: path,
        field: 'category',
        message: `category "${question.category}" does not match the folder "${folder}"; move the file to content/${question.category}/`,
      })),
};
