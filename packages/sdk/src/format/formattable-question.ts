import type { ExerciseLike, GuidanceLike } from '../guidance-like.js';
import type { QuestionLike } from '../question-like.js';

/**
 * The fields of a question the formatters read: those of {@link QuestionLike}, plus the
 * suggested answer time and the guidance when a question has them. Every `Question` of
 * `@prepdeck/schema` is one; so is any object of your own with these fields.
 *
 * @example
 * ```ts
 * import type { FormattableQuestion } from '@prepdeck/sdk/format';
 *
 * const mine: FormattableQuestion = {
 *   id: 'why-utilities',
 *   text: 'Why do you want to work for a utility?',
 *   roles: ['utility-customer-relations-manager'],
 *   category: 'role-and-industry',
 *   type: 'general',
 *   difficulty: 'foundational',
 *   seniority: ['manager'],
 *   competencies: [],
 *   tags: [],
 *   estimatedMinutes: 3,
 * };
 * ```
 */
export interface FormattableQuestion extends QuestionLike {
  /** Suggested answer time in whole minutes. */
  readonly estimatedMinutes?: number;
  /** What the interviewer is assessing and what a strong answer covers. */
  readonly guidance?: GuidanceLike | undefined;
  /** The exercise, for a question of type `exercise`. */
  readonly exercise?: ExerciseLike | undefined;
}
