import type { AnswerReview } from './answer-review.js';
import type { StarPart } from './detect-star.js';

/**
 * Below this share of the suggested time, an answer is too short. Suggested times allow
 * for follow-up discussion, and a strong answer takes a quarter to two thirds of one.
 */
const TOO_SHORT = 0.25;

/** Above this share of the suggested time, an answer is too long. */
const TOO_LONG = 1;

/** What to add for each missing STAR part. */
const STAR_ADVICE: Readonly<Record<StarPart, string>> = {
  situation: 'Set the scene: where you were and when (for example, "In my last role...").',
  task: 'Say what you had to achieve (for example, "My goal was to...").',
  action: 'Say what you did yourself (for example, "I called...", "We introduced...").',
  result: 'Add a result with a number (for example, "complaints fell by 30%").',
};

/** A duration in plain English: seconds under a minute, whole minutes from a minute up. */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * Writes the suggestions of a review, most important first; each appears only when it
 * applies:
 *
 * 1. "Cover more key points: N of M covered." when a key point is not covered.
 * 2. "Mention: term, term" listing the missed key terms.
 * 3. One line per missing STAR part of a behavioral answer, the result asking for a
 *    number.
 * 4. "Say more: …" when the answer takes less than a quarter of the suggested time to
 *    say, or "Tighten it: …" when it takes longer than the suggested time.
 * 5. "Cut filler: um (4), basically (2)" listing the fillers used.
 *
 * An empty answer gets a single line saying that no answer was given; an answer with
 * nothing to suggest gets a single line saying so.
 *
 * @param review - The review without its summary.
 * @returns The suggestions, in the order above.
 *
 * @example
 * ```ts
 * writeSummary({
 *   wordCount: 50,
 *   speakingSeconds: 21,
 *   targetSeconds: 180,
 *   keyTerms: { used: [], missed: ['meter test'] },
 *   keyPoints: [],
 *   star: undefined,
 *   fillers: [{ word: 'um', count: 2 }],
 * });
 * // [
 * //   'Mention: meter test',
 * //   'Say more: about 21 seconds spoken against 3 minutes suggested.',
 * //   'Cut filler: um (2)',
 * // ]
 * ```
 */
export function writeSummary(review: Omit<AnswerReview, 'summary'>): string[] {
  if (review.wordCount === 0) return ['No answer given: write an answer to get feedback.'];
  const lines: string[] = [];
  for (const finding of review.redFlags) lines.push(`Watch out: ${finding.flag}`);
  for (const warning of review.warnings) lines.push(warning.message);
  const covered = review.keyPoints.filter((keyPoint) => keyPoint.covered).length;
  if (covered < review.keyPoints.length) {
    lines.push(`Cover more key points: ${covered} of ${review.keyPoints.length} covered.`);
  }
  if (review.keyTerms.missed.length > 0) {
    lines.push(`Mention: ${review.keyTerms.missed.join(', ')}`);
  }
  for (const part of review.star?.missing ?? []) lines.push(STAR_ADVICE[part]);
  const target = review.targetSeconds;
  if (target !== undefined) {
    const spoken = `about ${duration(review.speakingSeconds)} spoken against ${duration(target)} suggested.`;
    if (review.speakingSeconds < target * TOO_SHORT) lines.push(`Say more: ${spoken}`);
    else if (review.speakingSeconds > target * TOO_LONG) lines.push(`Tighten it: ${spoken}`);
  }
  if (review.fillers.length > 0) {
    const fillers = review.fillers.map((filler) => `${filler.word} (${filler.count})`);
    lines.push(`Cut filler: ${fillers.join(', ')}`);
  }
  return lines.length > 0 ? lines : ['Nothing to add: every key point and key term is covered.'];
}
