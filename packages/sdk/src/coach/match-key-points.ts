import { contentWords } from './content-words.js';

/**
 * The score (share of a key point's content words found in the answer) at which a key
 * point counts as covered, provided enough words matched (see
 * {@link KEY_POINT_MIN_MATCHES}).
 *
 * @example
 * ```ts
 * import { KEY_POINT_THRESHOLD } from '@prepdeck/sdk/coach';
 *
 * KEY_POINT_THRESHOLD; // 0.35
 * ```
 */
export const KEY_POINT_THRESHOLD = 0.35;

/**
 * How many content words of a key point must be found in the answer for it to count as
 * covered; a short key point (see {@link SHORT_KEY_POINT_WORDS}) needs only one.
 *
 * @example
 * ```ts
 * import { KEY_POINT_MIN_MATCHES } from '@prepdeck/sdk/coach';
 *
 * KEY_POINT_MIN_MATCHES; // 2
 * ```
 */
export const KEY_POINT_MIN_MATCHES = 2;

/**
 * A key point with at most this many content words is short: one matched word is enough
 * for it to count as covered.
 *
 * @example
 * ```ts
 * import { SHORT_KEY_POINT_WORDS } from '@prepdeck/sdk/coach';
 *
 * SHORT_KEY_POINT_WORDS; // 2
 * ```
 */
export const SHORT_KEY_POINT_WORDS = 2;

/**
 * How well an answer covers one key point of a question's guidance.
 *
 * @example
 * ```ts
 * import type { KeyPointReview } from '@prepdeck/sdk/coach';
 *
 * const review: KeyPointReview = {
 *   point: 'Checks read history first.',
 *   covered: true,
 *   matched: ['Checks', 'read', 'history'],
 *   score: 0.75,
 * };
 * ```
 */
export interface KeyPointReview {
  /** The key point, as the guidance states it. */
  readonly point: string;
  /**
   * `true` when {@link KeyPointReview.score} reaches {@link KEY_POINT_THRESHOLD} and at
   * least {@link KEY_POINT_MIN_MATCHES} content words matched (one for a key point of at
   * most {@link SHORT_KEY_POINT_WORDS} content words).
   */
  readonly covered: boolean;
  /** The key point's content words found in the answer, as written in the key point. */
  readonly matched: readonly string[];
  /**
   * The share of the key point's content words found in the answer, from 0 to 1, rounded
   * to two decimals; 0 for a key point without content words.
   */
  readonly score: number;
}

/**
 * Scores an answer against each key point. The content words of the key point and of the
 * answer are compared by stem (see `contentWords`): stop words, numbers and single
 * characters are left out, case and accents are ignored, and simple inflections match.
 *
 * @param keyPoints - The key points of a question's guidance.
 * @param answer - The candidate's answer.
 * @returns One review per key point, in the order given.
 *
 * @example
 * ```ts
 * matchKeyPoints(['Checks read history first.'], 'I would check the reads.');
 * // [{ point: 'Checks read history first.', covered: true, matched: ['Checks', 'read'], score: 0.5 }]
 * ```
 */
export function matchKeyPoints(keyPoints: readonly string[], answer: string): KeyPointReview[] {
  const answerStems = new Set(contentWords(answer).map((word) => word.stem));
  return keyPoints.map((point) => {
    const words = contentWords(point);
    const matched = words.filter((word) => answerStems.has(word.stem)).map((word) => word.text);
    const score = words.length === 0 ? 0 : Math.round((matched.length / words.length) * 100) / 100;
    const needed = words.length <= SHORT_KEY_POINT_WORDS ? 1 : KEY_POINT_MIN_MATCHES;
    return {
      point,
      covered: score >= KEY_POINT_THRESHOLD && matched.length >= needed,
      matched,
      score,
    };
  });
}
