import type { FillerCount } from './count-fillers.js';
import type { StarReview } from './detect-star.js';
import type { RedFlagFinding } from './find-red-flags.js';
import type { KeyPointReview } from './match-key-points.js';
import type { KeyTermsReview } from './match-key-terms.js';
import type { AnswerLevel } from './score-answer.js';

/**
 * A warning about how an answer is built rather than what it says: `keyword-list` (part
 * of it is a bare list of terms, which covers nothing), `repeated-terms` (a key term said
 * four times or more), `buzzwords` (management jargon in place of specifics).
 *
 * @example
 * ```ts
 * import type { AnswerWarning } from '@prepdeck/sdk/coach';
 *
 * const warning: AnswerWarning = { code: 'keyword-list', message: 'Say what you would do, in sentences.' };
 * ```
 */
export interface AnswerWarning {
  readonly code: 'keyword-list' | 'repeated-terms' | 'buzzwords';
  readonly message: string;
}

/**
 * The feedback the coach gives on an answer: its score and level, the key points it
 * covers (with the sentence that covers each), the key terms it uses, the red flags it
 * raises with their evidence, warnings about stuffing, the STAR parts of a behavioral
 * answer, its length against the suggested time, filler words, the follow-up an
 * interviewer would ask next, and plain-English suggestions drawn from all of these.
 *
 * @example
 * ```ts
 * import type { AnswerReview } from '@prepdeck/sdk/coach';
 *
 * const headline = (review: AnswerReview) => `${review.score}/100 (${review.level})`;
 * ```
 */
export interface AnswerReview {
  /** 0 to 100: see the coach guide for how it is made. */
  readonly score: number;
  /** The level of the score: poor, mixed, good or excellent. */
  readonly level: AnswerLevel;
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
  /** The red flags the answer raises: the question's own and the generic ones. */
  readonly redFlags: readonly RedFlagFinding[];
  /** Warnings about lists of terms, repetition and buzzwords. */
  readonly warnings: readonly AnswerWarning[];
  /** The STAR parts the answer shows; `undefined` unless the question is `behavioral`. */
  readonly star: StarReview | undefined;
  /** The filler words and phrases used, most frequent first, then by word. */
  readonly fillers: readonly FillerCount[];
  /** The question's follow-up that best probes what the answer missed, if it has any. */
  readonly nextFollowUp: string | undefined;
  /** Short suggestions in plain English, most important first. */
  readonly summary: readonly string[];
}
