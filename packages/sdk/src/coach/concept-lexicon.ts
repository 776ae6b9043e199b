import { PrepdeckError } from '../prepdeck-error.js';
import { STOP_WORDS } from './content-words.js';
import { GENERIC_STEMS } from './generic-stems.js';
import { splitWords } from './split-words.js';
import { stemWord } from './stem-word.js';

/**
 * A concept of a lexicon as the coach reads it: phrases that mean the same thing to an
 * interviewer. Every `Concept` of `@prepdeck/schema` (a bank's `concepts`) is one.
 *
 * @example
 * ```ts
 * import type { ConceptLike } from '@prepdeck/sdk/coach';
 *
 * const arrangement: ConceptLike = {
 *   id: 'payment-arrangement',
 *   terms: ['payment arrangement', 'installment plan', 'deferred payment agreement'],
 * };
 * ```
 */
export interface ConceptLike {
  readonly id: string;
  readonly terms: readonly string[];
}

/** One phrase of a concept, as the stems of its content words. */
export interface LexiconPhrase {
  readonly stems: readonly string[];
  readonly concept: string;
}

/** A compiled lexicon: phrases by their first stem, longest first, and each concept's first term. */
export interface Lexicon {
  readonly byFirstStem: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** Each concept's first term, to show it. */
  readonly label: ReadonlyMap<string, string>;
  /** Each concept's terms, as the stems of all their words. */
  readonly terms: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const STOP = new Set(STOP_WORDS);

/** The stems of a text's content words, in order, repeats kept. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of splitWords(text)) {
    if (STOP.has(word.folded) || /^[\p{N}.,]+$/u.test(word.folded)) continue;
    stems.push(stemWord(word.folded.replaceAll('-', '')));
  }
  return stems;
}

/** An empty lexicon: no concepts, so only a phrase's own words match it. */
export const EMPTY_LEXICON: Lexicon = {
  byFirstStem: new Map(),
  label: new Map(),
  terms: new Map(),
};

function fail(message: string): never {
  throw new PrepdeckError('INVALID_ARGUMENT', `concepts: ${message}`);
}

/**
 * Compiles concepts for matching: each term becomes the stems of its content words, filed
 * under its first stem. Checks the input: an array of `{ id, terms }` with string ids and
 * string terms.
 */
export function compileLexicon(concepts: unknown): Lexicon {
  if (concepts === undefined) return EMPTY_LEXICON;
  if (!Array.isArray(concepts)) fail('expected an array of { id, terms }.');
  const byFirstStem = new Map<string, LexiconPhrase[]>();
  const label = new Map<string, string>();
  const terms = new Map<string, string[][]>();
  concepts.forEach((concept: unknown, i) => {
    const c = concept as { id?: unknown; terms?: unknown } | null;
    if (
      c === null ||
      typeof c !== 'object' ||
      typeof c.id !== 'string' ||
      !Array.isArray(c.terms)
    ) {
      fail(`item ${i} must be { id: string, terms: string[] }.`);
    }
    for (const term of c.terms as unknown[]) {
      if (typeof term !== 'string') fail(`concept "${c.id}" has a term that is not a string.`);
      const stems = contentStems(term);
      const first = stems[0];
      // A term of generic words alone ("per 100,000 customers" is just "customer") would
      // turn every answer into that concept.
      if (first === undefined || stems.every((stem) => GENERIC_STEMS.has(stem))) continue;
      // Nor does a term of several words that leaves one content word: "check in" is not
      // every "check", nor "15/15 rule" every "rule".
      if (stems.length === 1 && splitWords(term).length > 1) continue;
      if (!label.has(c.id as string)) label.set(c.id as string, term);
      const words = splitWords(term).map((word) => stemWord(word.folded));
      terms.set(c.id as string, [...(terms.get(c.id as string) ?? []), words]);
      const list = byFirstStem.get(first) ?? [];
      list.push({ stems, concept: c.id as string });
      byFirstStem.set(first, list);
    }
  });
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirstStem, label, terms };
}

/** Where a lexicon phrase occurs in a run of stems: its start, length and concept. */
export interface PhraseMatch {
  readonly start: number;
  readonly length: number;
  readonly concept: string;
}

/** Every lexicon phrase in `stems`, longest first at each position, without overlaps. */
export function findPhrases(stems: readonly string[], lexicon: Lexicon): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < stems.length; i++) {
    const candidates = lexicon.byFirstStem.get(stems[i] as string);
    if (candidates === undefined) continue;
    for (const phrase of candidates) {
      if (phrase.stems.every((stem, k) => stems[i + k] === stem)) {
        found.push({ start: i, length: phrase.stems.length, concept: phrase.concept });
        i += phrase.stems.length - 1;
        break;
      }
    }
  }
  return found;
}
