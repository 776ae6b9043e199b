import type { LintProblem, LintRule } from '../lint-rule.js';

/** Phrases that mark a sample answer as written to a template. */
export const FORMULA_PHRASES = [/\bmy task was\b/i, /\bthe task was\b/i, /\bmy role was to\b/i];

export const sampleAnswerFormula: LintRule = {
  name: 'sample-answer-formula',
  description:
    'Sample answers do not narrate the STAR labels ("My task was", "The task was", "My role was to").',
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      for (const phrase of FORMULA_PHRASES) {
        const found = phrase.exec(question.guidance.sampleAnswer);
        if (found) {
          problems.push({
            file: path,
            field: 'guidance.sampleAnswer',
            message: `says "${found[0]}"; tell the story without naming the STAR parts`,
          });
        }
      }
    }
    return problems;
  },
};
