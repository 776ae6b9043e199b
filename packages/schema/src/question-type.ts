import { z } from 'zod';

/**
 * The four kinds of interview question, in display order.
 *
 * @example
 * ```ts
 * import { QUESTION_TYPES } from '@prepdeck/schema';
 *
 * QUESTION_TYPES; // ['behavioral', 'situational', 'technical', 'general', 'exercise']
 * ```
 * @category Vocabularies
 */
export const QUESTION_TYPES = [
  'behavioral',
  'situational',
  'technical',
  'general',
  'exercise',
] as const;

/**
 * Validates a question type: `behavioral` (past experience), `situational` (what would
 * you do), `technical` (domain knowledge), `general` (motivation, role fit) or
 * `exercise` (an assessment-centre task with materials; the question then needs
 * `exercise`).
 *
 * @example
 * ```ts
 * import { QuestionTypeSchema } from '@prepdeck/schema';
 *
 * QuestionTypeSchema.parse('situational'); // 'situational'
 * ```
 * @category Schemas
 */
export const QuestionTypeSchema = z
  .enum(QUESTION_TYPES)
  .describe(
    'behavioral (past experience), situational (what would you do), technical (domain knowledge), general (motivation, role fit) or exercise (an assessment-centre task with materials).',
  );

/**
 * A question type: `'behavioral' | 'situational' | 'technical' | 'general' | 'exercise'`.
 *
 * @example
 * ```ts
 * import type { QuestionType } from '@prepdeck/schema';
 *
 * const type: QuestionType = 'technical';
 * ```
 * @category Types
 */
export type QuestionType = z.infer<typeof QuestionTypeSchema>;
