import type { LintProblem, LintRule } from '../lint-rule.js';

/** The least share of behavioral sample answers that tell of something that went wrong. */
export const MIN_SETBACK_SHARE = 1 / 3;
/** The largest share of questions that may have the same number of follow-ups. */
export const MAX_SAME_FOLLOW_UP_COUNT = 0.5;

/** Words that tell of a setback, a mistake or a lesson in a story. */
export const SETBACK =
  /\b(?:mistake|went wrong|should have|do differently|did ?n[o']t work|failed|i learned|lesson|in hindsight|got wrong|misjudged|backfired|my error)\b/i;

export const behavioralAnswerShape: LintRule = {
  name: 'behavioral-answer-shape',
  description: `Across the bank: at least a third of behavioral sample answers tell of something that went wrong, a mistake or what the candidate would do differently, and no follow-up count is on more than half of the questions.`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    const behavioral = questions.filter(({ question }) => question.type === 'behavioral');
    const setbacks = behavioral.filter(({ question }) =>
      SETBACK.test(question.guidance.sampleAnswer),
    );
    const needed = Math.ceil(behavioral.length * MIN_SETBACK_SHARE);
    if (setbacks.length < needed) {
      problems.push({
        file: 'content',
        field: 'guidance.sampleAnswer',
        message: `${setbacks.length} of ${behavioral.length} behavioral sample answers tell of a setback or mistake; at least ${needed} should`,
      });
    }
    const byCount = new Map<number, number>();
    for (const { question } of questions) {
      const n = question.guidance.followUps.length;
      byCount.set(n, (byCount.get(n) ?? 0) + 1);
    }
    for (const [n, count] of byCount) {
      if (count > questions.length * MAX_SAME_FOLLOW_UP_COUNT) {
        problems.push({
          file: 'content',
          field: 'guidance.followUps',
          message: `${count} of ${questions.length} questions have exactly ${n} follow-ups; vary the count with the question (at most half may share one)`,
        });
      }
    }
    return problems;
  },
};
