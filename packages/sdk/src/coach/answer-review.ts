import type { FillerCount } from './count-fillers.js';
import type { StarReview } from './detect-star.js';
import type { KeyPointReview } from './match-key-points.js';
import type { KeyTermsReview } from './match-key-terms.js';

/**
 * The feedback {@link reviewAnswer} gives on an answer: its length, the key terms and key
 * points of the question it uses and covers, the STAR parts of a behavioral answer, its
 * filler words, and plain-English suggestions drawn from all of these.
 *
 * @example
 * ```ts
 * import type { AnswerReview } from '@prepdeck/sdk/coach';
 *
 * const review: AnswerReview = {
 *   wordCount: 280,
 *   speakingSeconds: 120,
 *   targetSeconds: 240,
 *   keyTerms: { used: ['read history'], missed: ['meter test'] },
 *   keyPoints: [
 *     { point: 'Checks read history first.', covered: true, matched: ['Checks', 'read'], score: 0.5 },
 *   ],
 *   star: undefined,
 *   fillers: [{ word: 'um', count: 2 }],
 *   summary: ['Mention: meter test', 'Cut filler: um (2)'],
 * };
 * ```
 */
export interface AnswerReview {
  /** How many words the answer has. */
  readonly wordCount: number;
  /** How long the answer takes to say, in whole seconds, at the review's speaking rate. */
  readonly speakingSeconds: number;
  /** The question's suggested answer time in seconds, or `undefined` when it has none. */
  readonly targetSeconds: number | undefined;
  /** The question's key terms, sorted into those the answer uses and those it misses. */
  readonly keyTerms: KeyTermsReview;
  /** One review per key point of the question, in the order of the guidance. */
  readonly keyPoints: readonly KeyPointReview[];
  /** The STAR parts the answer shows; `undefined` unless the question is `behavioral`. */
  readonly star: StarReview | undefined;
  /** The filler words and phrases used, most frequent first, then by word. */
  readonly fillers: readonly FillerCount[];
  /** Short suggestions in plain English, most important first. */
  readonly summary: readonly string[];
}
