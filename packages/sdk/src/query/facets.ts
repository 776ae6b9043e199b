import { DIFFICULTIES, QUESTION_TYPES, SENIORITY_LEVELS } from '../question-enums.js';
import type {
  Difficulty,
  QuestionLike,
  QuestionSource,
  QuestionType,
  Seniority,
} from '../question-like.js';
import { compileCriteria } from './compile-criteria.js';
import type { Criteria } from './criteria.js';
import { matchesCriteria } from './matches-criteria.js';
import type { Vocabulary } from './resolve-source.js';
import { resolveSource } from './resolve-source.js';

/**
 * Counts per value among the questions that match, for building filters and coverage
 * tables.
 *
 * @example
 * ```ts
 * import type { Facets } from '@prepdeck/sdk';
 *
 * const show = (facets: Facets) => `${facets.total} questions, ${facets.types.behavioral} behavioral`;
 * ```
 * @category Querying
 */
export interface Facets {
  /** How many questions match (ignoring `offset`, `limit` and `seed`). */
  readonly total: number;
  /** Per category id: every category of a bank source, or each one seen in an array. */
  readonly categories: Readonly<Record<string, number>>;
  /** Per question type, every type included. */
  readonly types: Readonly<Record<QuestionType, number>>;
  /** Per difficulty, every level included. */
  readonly difficulty: Readonly<Record<Difficulty, number>>;
  /** Per seniority level (a question counts once for each level it lists). */
  readonly seniority: Readonly<Record<Seniority, number>>;
  /** Per tag id: every tag of a bank source, or each one seen in an array. */
  readonly tags: Readonly<Record<string, number>>;
  /**
   * Per jurisdiction id: every jurisdiction of a bank source, or each one seen in an
   * array, plus `portable` for the questions placed nowhere (a question counts once for
   * each jurisdiction it lists).
   */
  readonly jurisdiction: Readonly<Record<string, number>>;
}

const zeros = <K extends string>(keys: Iterable<K>) => {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = 0;
  return out;
};

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Tallies facets over matching questions, in a stable key order. */
export function tallyFacets(
  matches: Iterable<QuestionLike>,
  vocabulary: Vocabulary | undefined,
): Facets {
  const categories = zeros(vocabulary?.categories ?? []);
  const tags = zeros(vocabulary?.tags ?? []);
  const types = zeros(QUESTION_TYPES);
  const difficulty = zeros(DIFFICULTIES);
  const seniority = zeros(SENIORITY_LEVELS);
  const jurisdiction = zeros(['portable', ...(vocabulary?.jurisdictions ?? [])]);
  let total = 0;
  for (const question of matches) {
    total++;
    bump(categories, question.category);
    bump(types, question.type);
    bump(difficulty, question.difficulty);
    for (const level of question.seniority) bump(seniority, level);
    for (const tag of question.tags) bump(tags, tag);
    const places = question.jurisdictions ?? [];
    if (places.length === 0) bump(jurisdiction, 'portable');
    for (const place of places) bump(jurisdiction, place);
  }
  return { total, categories, types, difficulty, seniority, tags, jurisdiction };
}

/**
 * Counts matching questions per category, type, difficulty, seniority level, tag and
 * jurisdiction.
 * Facets describe the whole match set: `offset`, `limit` and `seed` are ignored.
 *
 * @param source - A bank, or an array of questions.
 * @param criteria - Which questions to count; omit for all.
 * @returns The {@link Facets}.
 * @throws {@link PrepdeckError} as {@link query} does.
 *
 * @example
 * ```ts
 * import { facets } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * const { total, difficulty } = facets(bank, { categories: 'key-accounts' });
 * // total: 16, difficulty: { foundational: 5, intermediate: 5, advanced: 6 }
 * ```
 * @category Querying
 */
export function facets<Q extends QuestionLike>(
  source: QuestionSource<Q>,
  criteria?: Criteria<Q>,
): Facets {
  const { questions, vocabulary } = resolveSource(source);
  const compiled = compileCriteria(criteria, vocabulary);
  return tallyFacets(
    questions.filter((question) => matchesCriteria(question, compiled)),
    vocabulary,
  );
}
