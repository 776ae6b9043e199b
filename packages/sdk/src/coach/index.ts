/**
 * The answer coach: scores an answer against a question's guidance, finds red flags and
 * keyword stuffing, and picks the follow-up that probes what the answer missed.
 *
 * @packageDocumentation
 * @module @prepdeck/sdk/coach
 */
export type { AnswerReview, AnswerWarning } from './answer-review.js';
export type { CoachableQuestion } from './coachable-question.js';
export type { ConceptLike } from './concept-lexicon.js';
export { STOP_WORDS } from './content-words.js';
export { BUZZWORDS } from './count-buzzwords.js';
export type { FillerCount } from './count-fillers.js';
export { FILLER_WORDS } from './count-fillers.js';
export type { Coach, CoachOptions } from './create-coach.js';
export { createCoach, MAX_ANSWER_LENGTH } from './create-coach.js';
export type { StarPart, StarReview } from './detect-star.js';
export { STAR_CUES } from './detect-star.js';
export { DEFAULT_WORDS_PER_MINUTE } from './estimate-speaking-seconds.js';
export type { GenericRedFlag, RedFlagFinding } from './find-red-flags.js';
export { GENERIC_RED_FLAGS } from './find-red-flags.js';
export type { KeyPointReview } from './match-key-points.js';
export {
  KEY_POINT_MIN_MATCHES,
  KEY_POINT_THRESHOLD,
  SHORT_KEY_POINT_WORDS,
} from './match-key-points.js';
export type { KeyTermsReview } from './match-key-terms.js';
export type { ReviewOptions } from './review-answer.js';
export { reviewAnswer } from './review-answer.js';
export type { AnswerLevel } from './score-answer.js';
export { SCORE_BANDS, SCORE_DEDUCTIONS, SCORE_WEIGHTS } from './score-answer.js';
