import type { LintRule } from '../lint-rule.js';

/** Editorial bounds for guidance lists, tighter than the schema's. */
export const GUIDANCE_BOUNDS = {
  keyPoints: { min: 3, max: 7 },
  redFlags: { min: 2, max: 6 },
  followUps: { min: 2, max: 5 },
  keyTerms: { min: 2, max: 10 },
} as const;

export const guidanceCounts: LintRule = {
  name: 'guidance-counts',
  description: 'Key points 3-7, red flags 2-6, follow-ups 2-5, key terms 2-10.',
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) =>
      Object.entries(GUIDANCE_BOUNDS).flatMap(([name, { min, max }]) => {
        const count = question.guidance[name as keyof typeof GUIDANCE_BOUNDS].length;
        return count >= min && count <= max
          ? []
          : [
              {
                file: path,
                field: `guidance.${name}`,
                message: `has ${count} items; expected ${min} to ${max}`,
              },
            ];
      }),
    ),
};
