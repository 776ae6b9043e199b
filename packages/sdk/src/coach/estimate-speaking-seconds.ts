/**
 * The speaking rate used to estimate how long an answer takes to say, in words per
 * minute: a calm interview pace.
 *
 * @example
 * ```ts
 * import { DEFAULT_WORDS_PER_MINUTE } from '@prepdeck/sdk/coach';
 *
 * DEFAULT_WORDS_PER_MINUTE; // 140
 * ```
 */
export const DEFAULT_WORDS_PER_MINUTE = 140;

/**
 * Estimates how long a number of words takes to say at a steady rate.
 *
 * @param wordCount - How many words the answer has.
 * @param wordsPerMinute - The speaking rate; a positive number.
 * @returns The time in whole seconds, rounded to the nearest second.
 *
 * @example
 * ```ts
 * estimateSpeakingSeconds(350, 140); // 150
 * ```
 */
export function estimateSpeakingSeconds(wordCount: number, wordsPerMinute: number): number {
  return Math.round((wordCount * 60) / wordsPerMinute);
}
