import type { Difficulty, QuestionLike, QuestionType, Seniority } from '../question-like.js';
import type { Seed } from '../random/seed.js';

/**
 * One value or a list of values; a list matches when any value matches.
 *
 * @example
 * ```ts
 * import type { OneOrMany } from '@prepdeck/sdk';
 *
 * const one: OneOrMany<string> = 'key-accounts';
 * const many: OneOrMany<string> = ['key-accounts', 'billing-and-metering'];
 * ```
 * @category Querying
 */
export type OneOrMany<T> = T | readonly T[];

/**
 * A range on the ordered difficulty scale; either end may be left open.
 *
 * @example
 * ```ts
 * import type { DifficultyRange } from '@prepdeck/sdk';
 *
 * const hardish: DifficultyRange = { min: 'intermediate' };
 * ```
 * @category Querying
 */
export interface DifficultyRange {
  /** The easiest level to include. */
  readonly min?: Difficulty | undefined;
  /** The hardest level to include. */
  readonly max?: Difficulty | undefined;
}

/**
 * Tag conditions: `all` of these, `any` of these, `none` of these. A plain list is
 * short for `{ any: list }`.
 *
 * @example
 * ```ts
 * import type { TagCriteria } from '@prepdeck/sdk';
 *
 * const tags: TagCriteria = { any: ['high-bill', 'back-billing'], none: ['water'] };
 * ```
 * @category Querying
 */
export interface TagCriteria {
  readonly all?: OneOrMany<string> | undefined;
  readonly any?: OneOrMany<string> | undefined;
  readonly none?: OneOrMany<string> | undefined;
}

/**
 * What to select. Values within one criterion are alternatives (OR); different criteria
 * must all hold (AND). Results keep source order, or a seeded shuffle when `seed` is
 * given; `offset` and `limit` apply last.
 *
 * @example
 * ```ts
 * import type { Criteria } from '@prepdeck/sdk';
 *
 * const criteria: Criteria = {
 *   categories: ['billing-and-metering', 'credit-and-collections'],
 *   difficulty: { min: 'intermediate' },
 *   tags: { any: ['back-billing'] },
 *   limit: 5,
 * };
 * ```
 * @category Querying
 */
export interface Criteria<Q extends QuestionLike = QuestionLike> {
  /** Only these question ids. */
  readonly ids?: OneOrMany<string> | undefined;
  /** Questions for any of these roles. */
  readonly roles?: OneOrMany<string> | undefined;
  /** Questions in any of these categories. */
  readonly categories?: OneOrMany<string> | undefined;
  /** Questions of any of these types. */
  readonly types?: OneOrMany<QuestionType> | undefined;
  /** One level, a list of levels, or a `{ min, max }` range. */
  readonly difficulty?: OneOrMany<Difficulty> | DifficultyRange | undefined;
  /** Questions that fit any of these seniority levels. */
  readonly seniority?: OneOrMany<Seniority> | undefined;
  /** Questions that assess any of these competencies. */
  readonly competencies?: OneOrMany<string> | undefined;
  /** Tag conditions, or a list meaning "any of these tags". */
  readonly tags?: OneOrMany<string> | TagCriteria | undefined;
  /**
   * Questions that hold in any of these jurisdictions: portable questions (no
   * jurisdictions), and those placed in a listed jurisdiction, one within it or one it
   * lies within (`'us-ny'` matches questions placed in `us-ny` and in `us`; `'us'` also
   * matches `us-ny`). Ids nest by prefix, as `parseBank` requires of a bank's
   * jurisdictions; with a bank as source, the ids are checked against its vocabulary.
   */
  readonly jurisdictions?: OneOrMany<string> | undefined;
  /** `false` leaves out portable questions, keeping only placed ones. Default `true`. */
  readonly portable?: boolean | undefined;
  /**
   * Words to find in the question text, case- and accent-insensitive: every term must
   * match the start of a word (`"esti bill"` matches "estimated bills").
   */
  readonly text?: string | undefined;
  /** Leave out these question ids. */
  readonly exclude?: OneOrMany<string> | undefined;
  /** Any further condition, as a predicate on the question. */
  readonly where?: ((question: Q) => boolean) | undefined;
  /** Skip this many results (after ordering). */
  readonly offset?: number | undefined;
  /** Return at most this many results. */
  readonly limit?: number | undefined;
  /** Shuffle the matches with this seed before `offset` and `limit`. */
  readonly seed?: Seed | undefined;
}
