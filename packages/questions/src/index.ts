import type { Category, Question } from '@prepdeck/schema';
import { bank } from './generated/bank.js';

export type {
  CategoryId,
  CompetencyId,
  JurisdictionId,
  QuestionId,
  TagId,
} from './generated/ids.js';
export { bank };

/**
 * Every question in the bank, in bank order (category order, then id), deep-frozen.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 *
 * const seeds = questions.filter((question) => question.source === 'seed');
 * seeds.length; // 5
 * ```
 */
export const questions: readonly Question[] = bank.questions;

/**
 * The 16 categories of the bank, in display order, deep-frozen.
 *
 * @example
 * ```ts
 * import { categories } from '@prepdeck/questions';
 *
 * categories.map((category) => category.id);
 * // ['role-and-industry', 'customer-experience', ...]
 * ```
 */
export const categories: readonly Category[] = bank.categories;
