import { foldText } from './fold-text.js';

/**
 * One word of a text: as written, and folded for matching.
 *
 * @example
 * ```ts
 * const word: Word = { text: "Customer's", folded: 'customer', index: 0 };
 * ```
 */
export interface Word {
  /** The word as it appears in the text. */
  readonly text: string;
  /** The word folded by {@link foldText}, without a possessive `'s` or `'`. */
  readonly folded: string;
  /** Where the word starts in the text. */
  readonly index: number;
}

/**
 * A word: letters and digits, with apostrophes inside (`don't`), or a number with
 * separators inside (`1,400`, `3.5`). Hyphens and other punctuation split words.
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['\u2019][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Splits text into words. A word is a run of letters and digits, with apostrophes inside
 * it (`don't`) or, for numbers, dots and commas inside it (`1,400`); hyphens and all other
 * punctuation separate words, so `catch-up` is two words. Each word is also given folded
 * by {@link foldText}, with a possessive `'s` removed.
 *
 * @param text - Any text.
 * @returns The words in the order they appear.
 *
 * @example
 * ```ts
 * splitWords("The customer's catch-up bill: $1,400.");
 * // [
 * //   { text: 'The', folded: 'the' },
 * //   { text: "customer's", folded: 'customer' },
 * //   { text: 'catch', folded: 'catch' },
 * //   { text: 'up', folded: 'up' },
 * //   { text: 'bill', folded: 'bill' },
 * //   { text: '1,400', folded: '1,400' },
 * // ]
 * ```
 */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  // ASCII text folds to its lower case, letter for letter: fold it once.
  const lower = ASCII.test(text) ? text.toLowerCase() : undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let folded =
      lower === undefined ? foldText(word) : lower.slice(match.index, match.index + word.length);
    if (folded.endsWith("'s")) folded = folded.slice(0, -2);
    if (folded !== '') words.push({ text: word, folded, index: match.index });
  }
  return words;
}

/** Text with only ASCII characters. */
const ASCII = /^\p{ASCII}*$/u;
