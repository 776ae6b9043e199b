import { splitWords } from './split-words.js';

/**
 * How often an answer uses one filler word or phrase.
 *
 * @example
 * ```ts
 * import type { FillerCount } from '@prepdeck/sdk/coach';
 *
 * const filler: FillerCount = { word: 'um', count: 4 };
 * ```
 */
export interface FillerCount {
  /** The filler, as {@link FILLER_WORDS} writes it. */
  readonly word: string;
  /** How many times the answer uses it (at least 1). */
  readonly count: number;
}

/**
 * The filler words and phrases that are counted: hesitation sounds and phrases that add
 * nothing in a spoken answer. Words that are often fillers but as often not ("like",
 * "so", "right", "well") are left out.
 *
 * @example
 * ```ts
 * import { FILLER_WORDS } from '@prepdeck/sdk/coach';
 *
 * FILLER_WORDS.includes('you know'); // true
 * ```
 */
export const FILLER_WORDS: readonly string[] = Object.freeze([
  'um',
  'uh',
  'er',
  'erm',
  'you know',
  'I mean',
  'sort of',
  'kind of',
  'basically',
  'actually',
  'literally',
]);

/** Determiners before which "kind of" and "sort of" name a kind ("what kind of plan"). */
const DETERMINERS = [
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'any',
  'some',
  'every',
  'each',
  'one',
  'same',
  'other',
  'right',
  'wrong',
  'no',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
];

/** Words before a phrase that make it part of the sentence rather than a filler. */
const NOT_FILLER_AFTER: Readonly<Record<string, readonly string[]>> = {
  'kind of': DETERMINERS,
  'sort of': DETERMINERS,
  'you know': [
    'do',
    'did',
    'does',
    "don't",
    "didn't",
    'if',
    'would',
    'will',
    'could',
    'can',
    'let',
    'as',
  ],
  'i mean': ['what', 'if', 'do', 'did', "don't", "didn't"],
};

/** Words after a phrase that make it part of the sentence rather than a filler. */
const NOT_FILLER_BEFORE: Readonly<Record<string, readonly string[]>> = {
  'i mean': ['to'],
};

/** Squeezed words seen before: answers reuse most of their words. */
const SQUEEZED = new Map<string, string>();

/** Each filler's words, folded, and for a one-word filler its squeezed form. */
const COMPILED_FILLERS = FILLER_WORDS.map((filler) => {
  const phrase = splitWords(filler).map((word) => word.folded);
  return {
    filler,
    phrase,
    single: phrase.length === 1 && phrase[0] !== undefined ? squeeze(phrase[0]) : undefined,
  };
});

/** A word with runs of the same letter made single: `ummm` → `um`, `errr` → `er`. */
function squeeze(word: string): string {
  let out = SQUEEZED.get(word);
  if (out === undefined) {
    out = word.replace(/(.)\1+/gu, '$1');
    if (SQUEEZED.size > 20_000) SQUEEZED.clear();
    SQUEEZED.set(word, out);
  }
  return out;
}

/** How often the words of a filler phrase occur in `words` as a filler. */
function countPhrase(words: readonly string[], phrase: readonly string[]): number {
  const key = phrase.join(' ');
  const notAfter = NOT_FILLER_AFTER[key] ?? [];
  const notBefore = NOT_FILLER_BEFORE[key] ?? [];
  let count = 0;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (!phrase.every((word, i) => words[start + i] === word)) continue;
    const before = words[start - 1];
    const after = words[start + phrase.length];
    if (before !== undefined && notAfter.includes(before)) continue;
    if (after !== undefined && notBefore.includes(after)) continue;
    count++;
  }
  return count;
}

/**
 * Counts the {@link FILLER_WORDS} in an answer, ignoring case and accents:
 *
 * - A single filler word counts when a word of the answer equals it once stretched
 *   letters are made single ("Ummm" and "uhh" count as "um" and "uh").
 * - A filler phrase counts when its words appear consecutively, except where the words
 *   around it make it part of the sentence: "kind of" and "sort of" after a determiner
 *   ("what kind of plan", "this sort of call"); "you know" after "do", "did", "does",
 *   "don't", "didn't", "if", "would", "will", "could", "can", "let" or "as" ("let you
 *   know"); "I mean" after "what", "if", "do", "did", "don't" or "didn't", or before
 *   "to" ("what I mean is", "I mean to").
 *
 * @param answer - The candidate's answer.
 * @returns The fillers used, most frequent first, then by word (in code-unit order).
 *
 * @example
 * ```ts
 * countFillers('Um, I basically, um, called back. Ummm, what kind of plan?');
 * // [{ word: 'um', count: 3 }, { word: 'basically', count: 1 }]
 * ```
 */
export function countFillers(answer: string): FillerCount[] {
  return countFillerWords(splitWords(answer).map((word) => word.folded));
}

/** {@link countFillers} on an answer already split into folded words. */
export function countFillerWords(words: readonly string[]): FillerCount[] {
  const squeezed = new Map<string, number>();
  for (const word of words) {
    const key = squeeze(word);
    squeezed.set(key, (squeezed.get(key) ?? 0) + 1);
  }
  const present = new Set(words);
  const counts: FillerCount[] = [];
  for (const { filler, phrase, single } of COMPILED_FILLERS) {
    const count =
      single !== undefined
        ? (squeezed.get(single) ?? 0)
        : present.has(phrase[0] as string)
          ? countPhrase(words, phrase)
          : 0;
    if (count > 0) counts.push({ word: filler, count });
  }
  return counts.sort(
    (a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
}
