import { splitWords } from './split-words.js';
import { stemWord } from './stem-word.js';

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
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  const last = haystack.length - needle.length;
  for (let start = 0; start <= last; start++) {
    if (needle.every((item, i) => haystack[start + i] === item)) return true;
  }
  return false;
}

/**
 * Sorts key terms into those an answer uses and those it misses. A term is used when its
 * words appear in the answer consecutively and in the same order, compared by stem (see
 * `stemWord`), so that:
 *
 * - case and accents are ignored (`LIHEAP` = `liheap`, `résumé` = `resume`);
 * - simple inflections match: plural `-s`/`-es`/`-ies`, `-ed`, `-ing` (`estimated read`
 *   is used by "estimated reads", `meter test` by "metering tests");
 * - hyphens and punctuation count as spaces (`catch-up bill` = "catch up bill");
 * - a term of several words also matches written as one word (`back-billing` =
 *   "backbilling").
 *
 * A term without any letters or digits is never used.
 *
 * @param keyTerms - The key terms of a question's guidance.
 * @param answer - The candidate's answer.
 * @returns The used and the missed terms, each in the order given.
 *
 * @example
 * ```ts
 * matchKeyTerms(['estimated read', 'meter test'], 'Two Estimated Reads in a row.');
 * // { used: ['estimated read'], missed: ['meter test'] }
 * ```
 */
export function matchKeyTerms(keyTerms: readonly string[], answer: string): KeyTermsReview {
  const stems = splitWords(answer).map((word) => stemWord(word.folded));
  const stemSet = new Set(stems);
  const used: string[] = [];
  const missed: string[] = [];
  for (const term of keyTerms) {
    const words = splitWords(term).map((word) => word.folded);
    const found =
      words.length > 0 &&
      (containsRun(stems, words.map(stemWord)) ||
        (words.length > 1 && stemSet.has(stemWord(words.join('')))));
    (found ? used : missed).push(term);
  }
  return { used, missed };
}
