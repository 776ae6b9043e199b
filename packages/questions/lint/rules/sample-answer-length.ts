import type { LintRule } from '../lint-rule.js';

export const SAMPLE_ANSWER_WORDS = { min: 80, max: 300 } as const;

export const sampleAnswerLength: LintRule = {
  name: 'sample-answer-length',
  description: `A sample answer has ${SAMPLE_ANSWER_WORDS.min} to ${SAMPLE_ANSWER_WORDS.max} words.`,
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) => {
      const words = question.guidance.sampleAnswer.split(/\s+/).filter(Boolean).length;
      return words >= SAMPLE_ANSWER_WORDS.min && words <= SAMPLE_ANSWER_WORDS.max
        ? []
        : [
            {
              file: path,
              field: 'guidance.sampleAnswer',
              message: `has ${words} words; expected ${SAMPLE_ANSWER_WORDS.min} to ${SAMPLE_ANSWER_WORDS.max}`,
            },
          ];
    }),
};
