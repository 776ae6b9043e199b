/**
 * Which of a question's key terms an answer uses. Together, `used` and `missed` hold each
 * key term exactly once, in the order of the guidance.
 *
 * @example
 * ```ts
 * import type { KeyTermsReview } from '@prepdeck/sdk/coach';
 *
 * const review: KeyTermsReview = { used: ['meter test'], missed: ['interval data'] };
 * ```
 */
export interface KeyTermsReview {
  /** The key terms the answer uses, as the guidance writes them. */
  readonly used: readonly string[];
  /** The key terms the answer does not use, as the guidance writes them. */
  readonly missed: readonly string[];
}

/** Whether `needle` occurs in `haystack` as a run of consecutive items. */
