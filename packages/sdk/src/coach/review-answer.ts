import type { AnswerReview } from './answer-review.js';
import { checkReviewInput } from './check-review-input.js';
import type { CoachableQuestion } from './coachable-question.js';
import { countFillers } from './count-fillers.js';
import { detectStar } from './detect-star.js';
import { DEFAULT_WORDS_PER_MINUTE, estimateSpeakingSeconds } from './estimate-speaking-seconds.js';
import { matchKeyPoints } from './match-key-points.js';
import { matchKeyTerms } from './match-key-terms.js';
import { splitWords } from './split-words.js';
import { writeSummary } from './write-summary.js';

/**
 * Options of {@link reviewAnswer}.
 *
 * @example
 * ```ts
 * import type { ReviewOptions } from '@prepdeck/sdk/coach';
 *
 * const options: ReviewOptions = { wordsPerMinute: 160 };
 * ```
 */
export interface ReviewOptions {
  /**
   * The speaking rate used to estimate how long the answer takes to say, in words per
   * minute; a positive number. Default {@link DEFAULT_WORDS_PER_MINUTE} (140).
   */
  readonly wordsPerMinute?: number | undefined;
}

/**
 * Reviews a candidate's answer to a question against its guidance, offline and
 * deterministically: the same question, answer and options always give the same review.
 *
 * - Length: `wordCount` counts words (runs of letters and digits; hyphens split words),
 *   `speakingSeconds` estimates the time to say them at `wordsPerMinute`, and
 *   `targetSeconds` is the question's `estimatedMinutes` in seconds.
 * - Key terms are used when their words appear consecutively and in order, ignoring case
 *   and accents and allowing plural `-s`/`-es`, `-ed` and `-ing` endings.
 * - Key points are scored by the share of their content words (without
 *   {@link STOP_WORDS}, stemmed) found in the answer, and covered from
 *   {@link KEY_POINT_THRESHOLD} with at least {@link KEY_POINT_MIN_MATCHES} words matched.
 * - `star`, for behavioral questions only, detects the situation, task, action and result
 *   by the cue patterns of {@link STAR_CUES}.
 * - `fillers` counts the {@link FILLER_WORDS}.
 * - `summary` turns the gaps into short suggestions, most important first: key points,
 *   missed terms, STAR parts, length (under a quarter of the suggested time, or over
 *   it), then fillers.
 *
 * An empty or blank answer gets zero counts, every key term missed, no key point covered,
 * no STAR part found, and a summary saying that no answer was given.
 *
 * @param question - The question answered; any `Question` of `@prepdeck/schema`, or an
 *   object of your own with the fields of {@link CoachableQuestion}.
 * @param answer - The candidate's answer, as typed.
 * @param options - `wordsPerMinute` for the speaking rate.
 * @returns The review.
 * @throws `PrepdeckError` `INVALID_ARGUMENT` when `answer` is not a string, when the
 *   question is not an object or has no guidance with `keyPoints` and `keyTerms` arrays of
 *   strings, or for an unknown option or an option value that is not a positive number.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 * import { reviewAnswer } from '@prepdeck/sdk/coach';
 *
 * const question = questions.find((q) => q.id === 'high-bill-after-estimated-reads');
 * if (question) {
 *   const review = reviewAnswer(question, 'Um, I would check the read history first.');
 *   review.wordCount; // 8
 *   review.keyTerms.used; // ['read history']
 *   review.summary;
 *   // [
 *   //   'Cover more key points: 1 of 5 covered.',
 *   //   'Mention: estimated read, catch-up bill, meter test, interval data, payment arrangement, back-billing',
 *   //   'Say more: about 3 seconds spoken against 4 minutes suggested.',
 *   //   'Cut filler: um (1)',
 *   // ]
 * }
 * ```
 */
export function reviewAnswer(
  question: CoachableQuestion,
  answer: string,
  options?: ReviewOptions,
): AnswerReview {
  checkReviewInput(question, answer, options);
  const wordCount = splitWords(answer).length;
  const minutes = question.estimatedMinutes;
  const review: Omit<AnswerReview, 'summary'> = {
    wordCount,
    speakingSeconds: estimateSpeakingSeconds(
      wordCount,
      options?.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE,
    ),
    targetSeconds: minutes === undefined ? undefined : minutes * 60,
    keyTerms: matchKeyTerms(question.guidance.keyTerms, answer),
    keyPoints: matchKeyPoints(question.guidance.keyPoints, answer),
    star: question.type === 'behavioral' ? detectStar(answer) : undefined,
    fillers: countFillers(answer),
  };
  return { ...review, summary: writeSummary(review) };
}
