import fc from 'fast-check';
import type { Criteria, Difficulty, QuestionLike, QuestionType, Seniority } from '../src/index.js';

export interface Vocab {
  readonly ids: readonly string[];
  readonly roles: readonly string[];
  readonly categories: readonly string[];
  readonly competencies: readonly string[];
  readonly tags: readonly string[];
  readonly jurisdictions: readonly string[];
  readonly words: readonly string[];
}

/** The vocabularies of a list of questions, to draw valid criteria from. */
export function vocabOf(questions: readonly QuestionLike[]): Vocab {
  const uniq = (values: Iterable<string>) => [...new Set(values)];
  return {
    ids: questions.map((q) => q.id),
    roles: uniq(questions.flatMap((q) => q.roles)),
    categories: uniq(questions.map((q) => q.category)),
    competencies: uniq(questions.flatMap((q) => q.competencies)),
    tags: uniq(questions.flatMap((q) => q.tags)),
    jurisdictions: uniq(questions.flatMap((q) => q.jurisdictions ?? [])),
    words: uniq(questions.flatMap((q) => q.text.toLowerCase().match(/[a-z]+/g) ?? [])),
  };
}

const TYPES: QuestionType[] = ['behavioral', 'situational', 'technical', 'general', 'exercise'];
const LEVELS: Difficulty[] = ['foundational', 'intermediate', 'advanced'];
const SENIORITY: Seniority[] = ['supervisor', 'manager', 'director'];

const list = <T>(values: readonly T[]) =>
  values.length === 0
    ? fc.constant([] as T[])
    : fc.subarray([...values], { minLength: 1, maxLength: Math.min(3, values.length) });

/** Random valid criteria over a vocabulary (no `where`). */
export function criteriaArbitrary(vocab: Vocab): fc.Arbitrary<Criteria> {
  const prefix = fc
    .tuple(fc.constantFrom(...vocab.words), fc.integer({ min: 1, max: 6 }))
    .map(([word, n]) => word.slice(0, n));
  return fc.record(
    {
      ids: list(vocab.ids),
      roles: list(vocab.roles),
      categories: fc.oneof(fc.constantFrom(...vocab.categories), list(vocab.categories)),
      types: fc.oneof(fc.constantFrom(...TYPES), list(TYPES)),
      difficulty: fc.oneof(
        fc.constantFrom(...LEVELS),
        list(LEVELS),
        fc
          .record({
            min: fc.constantFrom(...LEVELS, undefined),
            max: fc.constantFrom(...LEVELS, undefined),
          })
          .filter(
            ({ min, max }) =>
              min === undefined || max === undefined || LEVELS.indexOf(min) <= LEVELS.indexOf(max),
          ),
      ),
      seniority: list(SENIORITY),
      competencies: list(vocab.competencies),
      tags: fc.oneof(
        list(vocab.tags),
        fc.record(
          { all: list(vocab.tags), any: list(vocab.tags), none: list(vocab.tags) },
          { requiredKeys: [] },
        ),
      ),
      ...(vocab.jurisdictions.length > 0
        ? {
            jurisdictions: fc.oneof(
              fc.constantFrom(...vocab.jurisdictions),
              list(vocab.jurisdictions),
            ),
          }
        : {}),
      portable: fc.boolean(),
      text: fc.array(prefix, { minLength: 1, maxLength: 2 }).map((terms) => terms.join(' ')),
      exclude: list(vocab.ids),
      offset: fc.nat(30),
      limit: fc.nat(40),
      seed: fc.oneof(fc.string(), fc.integer()),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Criteria>;
}

const asList = <T>(value: T | readonly T[] | undefined): readonly T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A plain, independent reading of the criteria semantics, without order or paging. */
export function oracleMatches(q: QuestionLike, c: Criteria): boolean {
  const any = (mine: readonly string[], wanted: readonly string[] | undefined) =>
    wanted === undefined || wanted.length === 0 || mine.some((v) => wanted.includes(v));
  if (!any([q.id], asList(c.ids))) return false;
  if (asList(c.exclude)?.includes(q.id)) return false;
  if (!any(q.roles, asList(c.roles))) return false;
  if (!any([q.category], asList(c.categories))) return false;
  if (!any([q.type], asList(c.types))) return false;
  if (c.difficulty !== undefined) {
    if (typeof c.difficulty === 'object' && !Array.isArray(c.difficulty)) {
      const range = c.difficulty as { min?: Difficulty; max?: Difficulty };
      const level = LEVELS.indexOf(q.difficulty);
      if (range.min !== undefined && level < LEVELS.indexOf(range.min)) return false;
      if (range.max !== undefined && level > LEVELS.indexOf(range.max)) return false;
    } else if (!any([q.difficulty], asList(c.difficulty as Difficulty | Difficulty[])))
      return false;
  }
  if (!any(q.seniority, asList(c.seniority))) return false;
  const places = q.jurisdictions ?? [];
  if (places.length === 0 && c.portable === false) return false;
  const wanted = asList(c.jurisdictions);
  if (places.length > 0 && wanted !== undefined && wanted.length > 0) {
    // `a` lies within `b` when b's parts start a's parts: us-ny within us.
    const within = (a: string, b: string) =>
      b.split('-').every((part, i) => a.split('-')[i] === part);
    if (!places.some((p) => wanted.some((w) => within(p, w) || within(w, p)))) return false;
  }
  if (!any(q.competencies, asList(c.competencies))) return false;
  if (c.tags !== undefined) {
    if (typeof c.tags === 'object' && !Array.isArray(c.tags)) {
      const t = c.tags as { all?: string[]; any?: string[]; none?: string[] };
      if (t.all && !t.all.every((tag) => q.tags.includes(tag))) return false;
      if (!any(q.tags, t.any)) return false;
      if (t.none?.some((tag) => q.tags.includes(tag))) return false;
    } else if (!any(q.tags, asList(c.tags as string | string[]))) return false;
  }
  if (c.text !== undefined) {
    const words = fold(q.text).split(/[^\p{L}\p{N}]+/u);
    const terms = fold(c.text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (!terms.every((term) => words.some((word) => word.startsWith(term)))) return false;
  }
  if (c.where && !c.where(q)) return false;
  return true;
}
