import { findPhrases, type Lexicon } from './concept-lexicon.js';
import { STOP_WORDS } from './content-words.js';
import { splitWords, type Word } from './split-words.js';
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

/** Where each match of a global pattern starts and ends in the text. */
function spans(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** A word that is a number (`1,200`, `3.5`), which says nothing to match. */
const NUMBER = /^[\p{N}.,]+$/u;

const SENTENCE_BREAKS = new RegExp(SENTENCE_BREAK.source, 'g');
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gi');

/**
 * Splits an answer into sentences and reads each for matching. `words` are the answer's
 * words (`splitWords(answer)`), when the caller has them already.
 */
export function analyseAnswer(
  answer: string,
  lexicon: Lexicon,
  words: readonly Word[] = splitWords(answer),
): AnswerSentence[] {
  const sentences: AnswerSentence[] = [];
  const breaks = spans(answer, SENTENCE_BREAKS);
  const clauseBreaks = spans(answer, CLAUSE_BREAKS);
  let w = 0;
  let clause = 0;
  let c = 0;
  for (let b = 0; b <= breaks.length; b++) {
    const from = b === 0 ? 0 : (breaks[b - 1] as [number, number])[1];
    const to = b === breaks.length ? answer.length : (breaks[b] as [number, number])[0];
    const text = answer.slice(from, to);
    const folded: string[] = [];
    const wordStems: string[] = [];
    const clauses: number[] = [];
    const stems: string[] = [];
    let stops = 0;
    const add = (word: string) => {
      const stem = stemWord(word);
      folded.push(word);
      wordStems.push(stem);
      clauses.push(clause);
      if (STOP.has(word)) stops++;
      else if (!NUMBER.test(word)) stems.push(stem);
    };
    // Clause breaks are counted per sentence, as the words come.
    clause = 0;
    while (c < clauseBreaks.length && (clauseBreaks[c] as [number, number])[1] <= from) c++;
    for (; w < words.length && (words[w] as Word).index < to; w++) {
      const word = words[w] as Word;
      const end = word.index + word.text.length;
      while (c < clauseBreaks.length && (clauseBreaks[c] as [number, number])[1] <= word.index) {
        c++;
        clause++;
      }
      const inside = c < clauseBreaks.length && (clauseBreaks[c] as [number, number])[0] < end;
      if (!inside) {
        add(word.folded);
        continue;
      }
      // A word a clause break runs through ("but", "1,200") is read clause by clause.
      word.text.split(CLAUSE_BREAK).forEach((piece, k) => {
        if (k > 0) clause++;
        for (const part of splitWords(piece)) add(part.folded);
      });
      while (c < clauseBreaks.length && (clauseBreaks[c] as [number, number])[1] <= end) c++;
    }
    if (text.trim() === '' || folded.length === 0) continue;
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
      words: folded,
      wordStems,
      clauses,
      listLike: isListLike(text, folded.length, stops),
      functionShare: stops / folded.length,
    });
  }
  return sentences;
}
