import type { Difficulty, QuestionType, Seniority } from './question-like.js';

const { freeze } = Object;

/**
 * The question types, in display order.
 *
 * @example
 * ```ts
 * import { QUESTION_TYPES } from '@prepdeck/sdk';
 *
 * QUESTION_TYPES; // ['behavioral', 'situational', 'technical', 'general', 'exercise']
 * ```
 * @category Question model
 */
export const QUESTION_TYPES: readonly QuestionType[] = freeze([
  'behavioral',
  'situational',
  'technical',
  'general',
  'exercise',
]);

/**
 * The difficulty levels, easiest first: the order `{ min, max }` ranges use.
 *
 * @example
 * ```ts
 * import { DIFFICULTIES } from '@prepdeck/sdk';
 *
 * DIFFICULTIES; // ['foundational', 'intermediate', 'advanced']
 * ```
 * @category Question model
 */
export const DIFFICULTIES: readonly Difficulty[] = freeze([
  'foundational',
  'intermediate',
  'advanced',
]);

/**
 * The seniority levels, from the floor up.
 *
 * @example
 * ```ts
 * import { SENIORITY_LEVELS } from '@prepdeck/sdk';
 *
 * SENIORITY_LEVELS; // ['supervisor', 'manager', 'director']
 * ```
 * @category Question model
 */
export const SENIORITY_LEVELS: readonly Seniority[] = freeze(['supervisor', 'manager', 'director']);
