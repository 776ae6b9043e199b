import { findPhrases, type Lexicon } from './concept-lexicon.js';
import { STOP_WORDS } from './content-words.js';
import { splitWords } from './split-words.js';
import { stemWord } from './stem-word.js';

const STOP = new Set(STOP_WORDS);

/** One sentence of an answer, read for matching. */
export interface AnswerSentence {
  /** The sentence as written. */
  readonly text: string;
  /** Stems of its content words, in order. */
  readonly stems: readonly string[];
  /** Its stems and the concepts it names (`#concept-id`). */
  readonly units: ReadonlySet<string>;
  /** Every word folded (`words`) and stemmed (`wordStems`), with the clause each is in. */
  readonly words: readonly string[];
  readonly wordStems: readonly string[];
  readonly clauses: readonly number[];
  /** Whether it reads as a bare list of terms rather than a sentence. */
  readonly listLike: boolean;
  /** The share of its words that are function words (`the`, `would`, `to`...). */
  readonly functionShare: number;
  /** Where each word stem stands in `wordStems`, to find a phrase by its first word. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

/** Sentence breaks: after `.`, `!`, `?` or `;` and a space, or at a line break. */
const SENTENCE_BREAK = /(?<=[.!?;])\s+|\n+/;
/** Clause breaks inside a sentence, for negation: commas, colons, dashes, "but". */
const CLAUSE_BREAK = /[,:\u2013\u2014]|\bbut\b|\bhowever\b/i;
/** List separators: commas, semicolons, slashes, "and", "or". */
const LIST_SEPARATOR = /[,;/]|\band\b|\bor\b/i;

/**
 * Whether a sentence is a list of terms: at least five words with almost no function
 * words, or four or more short items joined by commas and "and" with few function words.
 */
function isListLike(text: string, words: number, stops: number): boolean {
  if (words < 5) return false;
  const ratio = stops / words;
  if (ratio < 0.12) return true;
  const items = text.split(LIST_SEPARATOR).filter((item) => item.trim() !== '');
  const average = words / items.length;
  return items.length >= 4 && average <= 3 && ratio < 0.3;
}

/** Splits an answer into sentences and reads each for matching. */
export function analyseAnswer(answer: string, lexicon: Lexicon): AnswerSentence[] {
  const sentences: AnswerSentence[] = [];
  for (const text of answer.split(SENTENCE_BREAK)) {
    if (text.trim() === '') continue;
    const words: string[] = [];
    const wordStems: string[] = [];
    const clauses: number[] = [];
    const stems: string[] = [];
    let stops = 0;
    text.split(CLAUSE_BREAK).forEach((clause, c) => {
      for (const word of splitWords(clause)) {
        const stem = stemWord(word.folded);
        words.push(word.folded);
        wordStems.push(stem);
        clauses.push(c);
        if (STOP.has(word.folded)) stops++;
        else if (!/^[\p{N}.,]+$/u.test(word.folded)) stems.push(stem);
      }
    });
    if (words.length === 0) continue;
    const units = new Set(stems);
    for (const match of findPhrases(stems, lexicon)) units.add(`#${match.concept}`);
    const positions = new Map<string, number[]>();
    wordStems.forEach((stem, at) => {
      const list = positions.get(stem);
      if (list) list.push(at);
      else positions.set(stem, [at]);
    });
    sentences.push({
      positions,
      text: text.trim(),
      stems,
      units,
      words,
      wordStems,
      clauses,
      listLike: isListLike(text, words.length, stops),
      functionShare: stops / words.length,
    });
  }
  return sentences;
}
