import { PrepdeckError } from '../prepdeck-error.js';
import type { CompiledCriteria } from '../query/compile-criteria.js';
import { compileCriteria } from '../query/compile-criteria.js';
import type { Criteria } from '../query/criteria.js';
import type { Facets } from '../query/facets.js';
import { tallyFacets } from '../query/facets.js';
import { normalizeWords } from '../query/normalize-words.js';
import { orderAndPage, pagedLength } from '../query/order-and-page.js';
import { resolveSource } from '../query/resolve-source.js';
import type { QuestionLike, QuestionSource } from '../question-like.js';
import {
  andInto,
  andNotInto,
  type Bitset,
  emptyBitset,
  fullBitset,
  orInto,
  type Posting,
  popcount,
  positionsOf,
  toPosting,
} from './bitset.js';

/**
 * A prebuilt index over a bank or array of questions, from {@link createIndex}. Its
 * methods return exactly what the plain functions return for the same source and
 * criteria, much faster on large banks.
 *
 * @example
 * ```ts
 * import { createIndex, type QuestionIndex } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * const index: QuestionIndex<(typeof bank.questions)[number]> = createIndex(bank);
 * index.count({ text: 'meter' });
 * ```
 */
export interface QuestionIndex<Q extends QuestionLike> {
  /** How many questions the index holds. */
  readonly size: number;
  /** Same as {@link query} on the indexed source. */
  query(criteria?: Criteria<Q>): Q[];
  /** Same as {@link count} on the indexed source. */
  count(criteria?: Criteria<Q>): number;
  /** Same as {@link facets} on the indexed source. */
  facets(criteria?: Criteria<Q>): Facets;
}

type FacetField =
  | 'categories'
  | 'types'
  | 'difficulty'
  | 'roles'
  | 'seniority'
  | 'competencies'
  | 'tags'
  | 'jurisdictions';

const FIELD_VALUES: Record<FacetField, (q: QuestionLike) => readonly string[]> = {
  categories: (q) => [q.category],
  types: (q) => [q.type],
  difficulty: (q) => [q.difficulty],
  roles: (q) => q.roles,
  seniority: (q) => q.seniority,
  competencies: (q) => q.competencies,
  tags: (q) => q.tags,
  // Portable questions are filed under '', which no jurisdiction id can be.
  jurisdictions: (q) => (q.jurisdictions?.length ? q.jurisdictions : ['']),
};

function pushTo(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** Word-prefix index: sorted unique words and, per word, the positions using it (CSR). */
interface WordIndex {
  readonly words: readonly string[];
  readonly offsets: Uint32Array;
  readonly positions: Uint32Array;
}

function buildWordIndex(questions: readonly QuestionLike[]): WordIndex {
  const byWord = new Map<string, number[]>();
  questions.forEach((question, position) => {
    for (const word of normalizeWords(question.text)) pushTo(byWord, word, position);
  });
  const words = [...byWord.keys()].sort();
  const offsets = new Uint32Array(words.length + 1);
  let total = 0;
  words.forEach((word, i) => {
    offsets[i] = total;
    total += (byWord.get(word) as number[]).length;
  });
  offsets[words.length] = total;
  const positions = new Uint32Array(total);
  words.forEach((word, i) => {
    positions.set(byWord.get(word) as number[], offsets[i] as number);
  });
  return { words, offsets, positions };
}

/** The range [from, to) of words that start with `prefix`. */
function prefixRange(words: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < words.length && (words[end] as string).startsWith(prefix)) end++;
  return [low, end];
}

/**
 * Builds an index for fast repeated queries on a large bank: bitsets or sorted position
 * lists per category, type, difficulty, role, seniority level, competency and tag, and a
 * sorted word list for word-prefix text search. Building takes one pass over the
 * questions; afterwards `index.query(criteria)` returns exactly what
 * `query(source, criteria)` returns. The index is a snapshot: rebuild it after the source
 * changes.
 *
 * @param source - A bank (criteria values are then checked against its vocabularies) or
 *   an array of questions.
 * @returns A {@link QuestionIndex}.
 * @throws {@link PrepdeckError} `INVALID_ARGUMENT` when `source` is neither, or an item is
 *   not shaped like a question.
 *
 * @example
 * ```ts
 * import { createIndex } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * const index = createIndex(bank);
 * index.query({ categories: 'key-accounts', difficulty: 'advanced' });
 * index.count({ text: 'smart meter' });
 * index.facets({ seniority: 'director' }).categories;
 * ```
 */
export function createIndex<Q extends QuestionLike>(source: QuestionSource<Q>): QuestionIndex<Q> {
  const resolved = resolveSource(source);
  const questions = resolved.questions.slice();
  questions.forEach((question, position) => {
    const q = Object(question) as Record<string, unknown>;
    const lists = ['roles', 'seniority', 'competencies', 'tags'].every((key) =>
      Array.isArray(q[key]),
    );
    if (typeof q.id !== 'string' || typeof q.category !== 'string' || !lists) {
      throw new PrepdeckError(
        'INVALID_ARGUMENT',
        `createIndex: the item at position ${position} is not a question; a question has a string id and category and arrays of roles, seniority, competencies and tags.`,
      );
    }
  });
  const { vocabulary } = resolved;
  const size = questions.length;

  const postings = {} as Record<FacetField, Map<string, Posting>>;
  for (const field of Object.keys(FIELD_VALUES) as FacetField[]) {
    const byValue = new Map<string, number[]>();
    const valuesOf = FIELD_VALUES[field];
    questions.forEach((question, position) => {
      for (const value of valuesOf(question)) pushTo(byValue, value, position);
    });
    postings[field] = new Map([...byValue].map(([value, list]) => [value, toPosting(list, size)]));
  }
  const idPositions = new Map<string, number[]>();
  questions.forEach((question, position) => {
    pushTo(idPositions, question.id, position);
  });
  const wordIndex = buildWordIndex(questions);

  function union(field: FacetField, values: Iterable<string>): Bitset {
    const bits = emptyBitset(size);
    for (const value of values) {
      const posting = postings[field].get(value);
      if (posting) orInto(bits, posting);
    }
    return bits;
  }

  function idBits(ids: Iterable<string>): Bitset {
    const bits = emptyBitset(size);
    for (const id of ids)
      for (const p of idPositions.get(id) ?? [])
        bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    return bits;
  }

  function termBits(term: string): Bitset {
    const bits = emptyBitset(size);
    const [from, to] = prefixRange(wordIndex.words, term);
    const { offsets, positions } = wordIndex;
    for (let w = from; w < to; w++) {
      for (let i = offsets[w] as number; i < (offsets[w + 1] as number); i++) {
        const p = positions[i] as number;
        bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
      }
    }
    return bits;
  }

  function matchingPositions(c: CompiledCriteria<Q>): number[] {
    let acc: Bitset | undefined;
    const and = (bits: Bitset) => {
      if (acc === undefined) acc = bits;
      else andInto(acc, bits);
    };
    if (c.ids) and(idBits(c.ids));
    const facetCriteria: [FacetField, ReadonlySet<string> | undefined][] = [
      ['categories', c.categories],
      ['types', c.types],
      ['difficulty', c.difficulty],
      ['roles', c.roles],
      ['seniority', c.seniority],
      ['competencies', c.competencies],
      ['tags', c.tagsAny],
    ];
    for (const [field, values] of facetCriteria) if (values) and(union(field, values));
    for (const tag of c.tagsAll ?? []) and(union('tags', [tag]));
    const { place } = c;
    if (place) {
      const keys = [...postings.jurisdictions.keys()];
      and(
        union(
          'jurisdictions',
          keys.filter((id) => place(id === '' ? [] : [id])),
        ),
      );
    }
    if (acc === undefined) acc = fullBitset(size);
    if (c.tagsNone) andNotInto(acc, union('tags', c.tagsNone));
    if (c.exclude) andNotInto(acc, idBits(c.exclude));
    for (const term of c.terms) {
      if (popcount(acc) === 0) break;
      andInto(acc, termBits(term));
    }
    return positionsOf(acc);
  }

  function matches(criteria: Criteria<Q> | undefined): [Q[], CompiledCriteria<Q>] {
    const compiled = compileCriteria(criteria, vocabulary);
    const found: Q[] = [];
    for (const position of matchingPositions(compiled)) {
      const question = questions[position] as Q;
      if (!compiled.where || compiled.where(question)) found.push(question);
    }
    return [found, compiled];
  }

  return {
    size,
    query: (criteria) => {
      const [found, compiled] = matches(criteria);
      return orderAndPage(found, compiled);
    },
    count: (criteria) => {
      const [found, compiled] = matches(criteria);
      return pagedLength(found.length, compiled);
    },
    facets: (criteria) => tallyFacets(matches(criteria)[0], vocabulary),
  };
}
