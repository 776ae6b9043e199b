import type { AnswerReview } from './answer-review.js';
import { checkReviewInput } from './check-review-input.js';
import type { CoachableQuestion } from './coachable-question.js';
import type { ConceptLike } from './concept-lexicon.js';
import { type Coach, createCoach } from './create-coach.js';
import { DEFAULT_WORDS_PER_MINUTE } from './estimate-speaking-seconds.js';

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
  /**
   * The domain lexicon (a bank's `concepts`), so that synonyms count: see
   * {@link createCoach}, which compiles it once for many reviews.
   */
  readonly concepts?: readonly ConceptLike[] | undefined;
}

const coaches = new WeakMap<object, Map<number | undefined, Coach>>();
const plain = new Map<number | undefined, Coach>();

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
  const concepts = options?.concepts;
  const rate = options?.wordsPerMinute;
  // A coach per lexicon and rate, so that repeated calls reuse the compiled lexicon.
  const byRate = concepts === undefined ? plain : (coaches.get(concepts) ?? new Map());
  if (concepts !== undefined) coaches.set(concepts, byRate);
  let coach = byRate.get(rate);
  if (coach === undefined) {
    coach = createCoach({
      ...(concepts === undefined ? {} : { concepts }),
      ...(rate === undefined ? {} : { wordsPerMinute: rate }),
    });
    byRate.set(rate, coach);
  }
  return coach.review(question, answer);
}
