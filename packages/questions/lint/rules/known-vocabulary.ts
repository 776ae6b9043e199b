import type { LintProblem, LintRule } from '../lint-rule.js';

export const knownVocabulary: LintRule = {
  name: 'known-vocabulary',
  description: 'Roles, tags and competencies come from the controlled vocabularies in content/.',
  check: ({ questions, roles, tags, competencies }) => {
    const vocabularies = {
      roles: { ids: new Set(roles.map((role) => role.id)), file: 'content/roles.yaml' },
      tags: { ids: new Set(tags.map((tag) => tag.id)), file: 'content/tags.yaml' },
      competencies: {
        ids: new Set(competencies.map((competency) => competency.id)),
        file: 'content/competencies.yaml',
      },
    };
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      for (const [field, { ids, file }] of Object.entries(vocabularies)) {
        question[field as keyof typeof vocabularies].forEach((value, i) => {
          if (!ids.has(value)) {
            problems.push({
              file: path,
              field: `${field}[${i}]`,
              message: `"${value}" is not defined in ${file}`,
            });
          }
        });
      }
    }
    return problems;
  },
};
