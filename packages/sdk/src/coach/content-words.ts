import { splitWords } from './split-words.js';
import { stemWord } from './stem-word.js';

/**
 * Words that carry no content of their own: articles, pronouns, prepositions,
 * conjunctions, auxiliary and modal verbs, and a few vague quantifiers. They are left out
 * when key points are scored, in the text of the key point and in the answer alike.
 * Entries are lower case and unaccented; a word is compared after folding.
 *
 * @example
 * ```ts
 * import { STOP_WORDS } from '@prepdeck/sdk/coach';
 *
 * STOP_WORDS.includes('the'); // true
 * STOP_WORDS.includes('meter'); // false
 * ```
 */
export const STOP_WORDS: readonly string[] = Object.freeze([
  'a',
  'about',
  'above',
  'after',
  'again',
  'all',
  'also',
  'am',
  'an',
  'and',
  'any',
  'anything',
  'are',
  'as',
  'at',
  'be',
  'because',
  'been',
  'before',
  'being',
  'below',
  'between',
  'both',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doing',
  'done',
  'down',
  'during',
  'each',
  'either',
  'etc',
  'even',
  'every',
  'everything',
  'for',
  'from',
  'had',
  'has',
  'have',
  'having',
  'he',
  'her',
  'here',
  'hers',
  'him',
  'his',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'just',
  'may',
  'me',
  'might',
  'mine',
  'more',
  'most',
  'much',
  'must',
  'my',
  'neither',
  'no',
  'nor',
  'not',
  'nothing',
  'of',
  'off',
  'on',
  'once',
  'only',
  'onto',
  'or',
  'other',
  'our',
  'ours',
  'out',
  'over',
  'per',
  'rather',
  'same',
  'shall',
  'she',
  'should',
  'so',
  'some',
  'something',
  'such',
  'than',
  'that',
  'the',
  'their',
  'theirs',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'though',
  'through',
  'to',
  'too',
  'under',
  'until',
  'up',
  'upon',
  'us',
  'very',
  'via',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'why',
  'will',
  'with',
  'within',
  'without',
  'would',
  'yet',
  'you',
  'your',
  'yours',
]);

const STOP = new Set(STOP_WORDS);

/**
 * A content word of a text: as written, and its stem.
 *
 * @example
 * ```ts
 * const word: ContentWord = { text: 'Checks', stem: 'check' };
 * ```
 */
export interface ContentWord {
  /** The word as it first appears in the text. */
  readonly text: string;
  /** The word folded and stemmed by `stemWord`. */
  readonly stem: string;
}

/**
 * Returns the content words of a text: its words (see `splitWords`) without the
 * {@link STOP_WORDS}, numbers and single characters, each stemmed by `stemWord`. A stem
 * is listed once, with the word where it first appears.
 *
 * @param text - Any text.
 * @returns The content words in order of first appearance, one per stem.
 *
 * @example
 * ```ts
 * contentWords('Checks the read history - 12 months of reads - first.');
 * // [
 * //   { text: 'Checks', stem: 'check' },
 * //   { text: 'read', stem: 'read' },
 * //   { text: 'history', stem: 'history' },
 * //   { text: 'months', stem: 'month' },
 * //   { text: 'first', stem: 'first' },
 * // ]
 * ```
 */
export function contentWords(text: string): ContentWord[] {
  const seen = new Set<string>();
  const words: ContentWord[] = [];
  for (const word of splitWords(text)) {
    if (word.folded.length < 2 || STOP.has(word.folded) || /^[\p{N}.,]+$/u.test(word.folded)) {
      continue;
    }
    const stem = stemWord(word.folded);
    if (seen.has(stem)) continue;
    seen.add(stem);
    words.push({ text: word.text, stem });
  }
  return words;
}
