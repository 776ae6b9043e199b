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
  appendPositions,
  type Bitset,
  emptyBitset,
  fullBitset,
  orInto,
  type Posting,
  positionsOf,
  postingHas,
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
 * @category Indexing
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
 * @category Indexing
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

  /** The postings of `values` in `field`; values no question has are left out. */
  function postingsOf(field: FacetField, values: Iterable<string>): Posting[] {
    const found: Posting[] = [];
    for (const value of values) {
      const posting = postings[field].get(value);
      if (posting) found.push(posting);
    }
    return found;
  }

  function idPosting(ids: Iterable<string>): Posting {
    const positions = new Set<number>();
    for (const id of ids) for (const p of idPositions.get(id) ?? []) positions.add(p);
    return toPosting(
      [...positions].sort((a, b) => a - b),
      size,
    );
  }

  function termPosting(term: string): Posting {
    const bits = emptyBitset(size);
    const [from, to] = prefixRange(wordIndex.words, term);
    const { offsets, positions } = wordIndex;
    for (let w = from; w < to; w++) {
      for (let i = offsets[w] as number; i < (offsets[w + 1] as number); i++) {
        const p = positions[i] as number;
        bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
      }
    }
    // An upper bound (a question can use several words with the prefix): enough to order by.
    return { count: (offsets[to] as number) - (offsets[from] as number), bits };
  }

  const meetsAny = (group: readonly Posting[], p: number) => {
    for (let i = 0; i < group.length; i++) if (postingHas(group[i] as Posting, p)) return true;
    return false;
  };
  const meetsAll = (groups: readonly (readonly Posting[])[], p: number) => {
    for (let i = 0; i < groups.length; i++) if (!meetsAny(groups[i] as Posting[], p)) return false;
    return true;
  };

  /** One bitset per group: its only dense posting as it is, or the union of its postings. */
  function unionOf(group: readonly Posting[]): Bitset {
    const [only] = group;
    if (group.length === 1 && only?.bits !== undefined) return only.bits;
    const bits = emptyBitset(size);
    for (const posting of group) orInto(bits, posting);
    return bits;
  }

  /**
   * The positions that meet the criteria, ascending. Each criterion is a group of
   * postings (a question meets it when any of them holds it). When one group is small,
   * its positions are the candidates and each is tested against the other groups, so the
   * cost follows the most selective criterion, not the size of the bank; otherwise the
   * groups' bitsets are intersected word by word in one pass.
   */
  function matchingPositions(c: CompiledCriteria<Q>): number[] {
    const groups: Posting[][] = [];
    if (c.ids) groups.push([idPosting(c.ids)]);
    const facetCriteria: [FacetField, ReadonlySet<string> | undefined][] = [
      ['categories', c.categories],
      ['types', c.types],
      ['difficulty', c.difficulty],
      ['roles', c.roles],
      ['seniority', c.seniority],
      ['competencies', c.competencies],
      ['tags', c.tagsAny],
    ];
    for (const [field, values] of facetCriteria) if (values) groups.push(postingsOf(field, values));
    for (const tag of c.tagsAll ?? []) groups.push(postingsOf('tags', [tag]));
    const { place } = c;
    if (place) {
      const keys = [...postings.jurisdictions.keys()];
      groups.push(
        postingsOf(
          'jurisdictions',
          keys.filter((id) => place(id === '' ? [] : [id])),
        ),
      );
    }
    if (groups.some((group) => group.length === 0)) return [];
    for (const term of c.terms) groups.push([termPosting(term)]);
    const excluded: Posting[] = c.tagsNone ? postingsOf('tags', c.tagsNone) : [];
    if (c.exclude) excluded.push(idPosting(c.exclude));

    const counts = groups.map((group) => group.reduce((total, p) => total + p.count, 0));
    let smallest = -1;
    counts.forEach((n, i) => {
      if (smallest === -1 || n < (counts[smallest] as number)) smallest = i;
    });
    const driver = groups[smallest];
    if (driver !== undefined && (counts[smallest] as number) * 16 <= size) {
      const [only] = driver;
      const candidates =
        driver.length === 1 && only?.positions !== undefined
          ? only.positions
          : positionsOf(unionOf(driver));
      const others = groups.filter((_, i) => i !== smallest);
      const found: number[] = [];
      for (let k = 0; k < candidates.length; k++) {
        const p = candidates[k] as number;
        if (meetsAll(others, p) && !meetsAny(excluded, p)) found.push(p);
      }
      return found;
    }

    const required = groups.length > 0 ? groups.map(unionOf) : [fullBitset(size)];
    const forbidden = excluded.length > 0 ? unionOf(excluded) : undefined;
    const found: number[] = [];
    const words = (required[0] as Bitset).length;
    for (let i = 0; i < words; i++) {
      let word = (required[0] as Bitset)[i] as number;
      for (let g = 1; g < required.length && word !== 0; g++)
        word &= (required[g] as Bitset)[i] as number;
      if (forbidden !== undefined) word &= ~(forbidden[i] as number);
      appendPositions(found, word, i);
    }
    return found;
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
