import type { LintRule } from '../lint-rule.js';

/** How many tags and competencies a question lists. */
export const VOCABULARY_BOUNDS = {
  tags: { min: 2, max: 6 },
  competencies: { min: 1, max: 4 },
} as const;

export const vocabularyCounts: LintRule = {
  name: 'vocabulary-counts',
  description: 'A question has 2 to 6 tags and 1 to 4 competencies.',
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) =>
      Object.entries(VOCABULARY_BOUNDS).flatMap(([field, { min, max }]) => {
        const count = question[field as keyof typeof VOCABULARY_BOUNDS].length;
        return count >= min && count <= max
          ? []
          : [{ file: path, field, message: `has ${count} items; expected ${min} to ${max}` }];
      }),
    ),
};
