/**
 * A question type. Equal to `QuestionType` of `@prepdeck/schema`.
 *
 * @example
 * ```ts
 * import type { QuestionType } from '@prepdeck/sdk';
 *
 * const type: QuestionType = 'behavioral';
 * ```
 * @category Question model
 */
export type QuestionType = 'behavioral' | 'situational' | 'technical' | 'general' | 'exercise';

/**
 * A difficulty level, on the ordered scale `foundational` < `intermediate` < `advanced`.
 *
 * @example
 * ```ts
 * import type { Difficulty } from '@prepdeck/sdk';
 *
 * const level: Difficulty = 'advanced';
 * ```
 * @category Question model
 */
export type Difficulty = 'foundational' | 'intermediate' | 'advanced';

/**
 * A seniority level a question targets.
 *
 * @example
 * ```ts
 * import type { Seniority } from '@prepdeck/sdk';
 *
 * const level: Seniority = 'director';
 * ```
 * @category Question model
 */
export type Seniority = 'supervisor' | 'manager' | 'director';

/**
 * The fields of a question the SDK reads. Every `Question` of `@prepdeck/schema` is one;
 * so is any object of your own with these fields. Functions return your objects as they
 * are, with their full type.
 *
 * @example
 * ```ts
 * import type { QuestionLike } from '@prepdeck/sdk';
 *
 * const mine: QuestionLike = {
 *   id: 'why-utilities',
 *   text: 'Why do you want to work for a utility?',
 *   roles: ['utility-customer-relations-manager'],
 *   category: 'role-and-industry',
 *   type: 'general',
 *   difficulty: 'foundational',
 *   seniority: ['manager'],
 *   competencies: [],
 *   tags: [],
 * };
 * ```
 * @category Question model
 */
export interface QuestionLike {
  readonly id: string;
  readonly text: string;
  readonly roles: readonly string[];
  readonly category: string;
  readonly type: QuestionType;
  readonly difficulty: Difficulty;
  readonly seniority: readonly Seniority[];
  readonly competencies: readonly string[];
  readonly tags: readonly string[];
  /** Where the question only holds (jurisdiction ids); absent or empty: portable. */
  readonly jurisdictions?: readonly string[] | undefined;
}

/**
 * The parts of a bank the SDK reads: its questions and the ids of its vocabularies. Every
 * `Bank` of `@prepdeck/schema` is one.
 *
 * @example
 * ```ts
 * import type { BankLike } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * const source: BankLike = bank;
 * ```
 * @category Question model
 */
export interface BankLike<Q extends QuestionLike = QuestionLike> {
  readonly questions: readonly Q[];
  readonly roles: readonly { readonly id: string }[];
  readonly categories: readonly { readonly id: string }[];
  readonly competencies: readonly { readonly id: string }[];
  readonly tags: readonly { readonly id: string }[];
  /** The jurisdictions questions may be placed in; `parent` nests them. */
  readonly jurisdictions?:
    | readonly { readonly id: string; readonly parent?: string | undefined }[]
    | undefined;
}

/**
 * What `query`, `count`, `facets` and `createIndex` search: a bank (values in criteria
 * are then checked against its vocabularies) or a plain array of questions.
 *
 * @example
 * ```ts
 * import type { QuestionSource } from '@prepdeck/sdk';
 * import { bank, questions } from '@prepdeck/questions';
 *
 * const fromBank: QuestionSource = bank;
 * const fromArray: QuestionSource = questions;
 * ```
 * @category Question model
 */
export type QuestionSource<Q extends QuestionLike = QuestionLike> = BankLike<Q> | readonly Q[];
