import type { LintProblem, LintRule } from '../lint-rule.js';

export const uniqueIds: LintRule = {
  name: 'unique-ids',
  description: 'No two questions share an id.',
  check: ({ questions }) => {
    const firstPath = new Map<string, string>();
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      const first = firstPath.get(question.id);
      if (first === undefined) firstPath.set(question.id, path);
      else
        problems.push({
          file: path,
          field: 'id',
          message: `id "${question.id}" is already used by ${first}`,
        });
    }
    return problems;
  },
};
