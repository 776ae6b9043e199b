import type { LintRule } from '../lint-rule.js';
import { wordCount } from '../text/phrase-text.js';

/** A speaking pace, in words a minute, that sample answers are sized to. */
export const WORDS_PER_MINUTE = 130;
/** The room either side: a sample answer says 60% to 115% of its suggested minutes. */
export const SAMPLE_ANSWER_SHARE = { min: 0.6, max: 1.15 } as const;
/** The absolute bounds, whatever the minutes. */
export const SAMPLE_ANSWER_WORDS = { min: 80, max: 700 } as const;

/**
 * The word range a sample answer of `minutes` suggested minutes should fall in. An
 * exercise's sample answer describes a strong response rather than speaking one, so it
 * takes the absolute bounds.
 */
export function sampleAnswerRange(minutes: number, type?: string): { min: number; max: number } {
  if (type === 'exercise') return { ...SAMPLE_ANSWER_WORDS };
  return {
    min: Math.max(
      SAMPLE_ANSWER_WORDS.min,
      Math.round(minutes * WORDS_PER_MINUTE * SAMPLE_ANSWER_SHARE.min),
    ),
    max: Math.min(
      SAMPLE_ANSWER_WORDS.max,
      Math.round(minutes * WORDS_PER_MINUTE * SAMPLE_ANSWER_SHARE.max),
    ),
  };
}

export const sampleAnswerLength: LintRule = {
  name: 'sample-answer-length',
  description: `A sample answer takes about its suggested minutes to say at ${WORDS_PER_MINUTE} words a minute: ${SAMPLE_ANSWER_SHARE.min * 100}% to ${SAMPLE_ANSWER_SHARE.max * 100}% of that many words.`,
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) => {
      const words = wordCount(question.guidance.sampleAnswer);
      const { min, max } = sampleAnswerRange(question.estimatedMinutes, question.type);
      return words >= min && words <= max
        ? []
        : [
            {
              file: path,
              field: 'guidance.sampleAnswer',
              message: `has ${words} words for ${question.estimatedMinutes} suggested minutes; expected ${min} to ${max} (or change estimatedMinutes)`,
            },
          ];
    }),
};
