import type { LintRule } from '../lint-rule.js';

export const idMatchesFileName: LintRule = {
  name: 'id-matches-file-name',
  description: 'A question file is named after its id: <id>.yaml.',
  check: ({ questions }) =>
    questions
      .filter(({ name, question }) => name !== question.id)
      .map(({ path, question }) => ({
        file: path,
        field: 'id',
        message: `id "${question.id}" does not match the file name; rename the file to ${question.id}.yaml`,
      })),
};
