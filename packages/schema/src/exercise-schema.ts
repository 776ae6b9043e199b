import { z } from 'zod';

/**
 * The four assessment-centre exercise formats.
 *
 * @example
 * ```ts
 * import { EXERCISE_FORMATS } from '@prepdeck/schema';
 *
 * EXERCISE_FORMATS; // ['in-tray', 'data-interpretation', 'presentation', 'role-play']
 * ```
 * @category Vocabularies
 */
export const EXERCISE_FORMATS = [
  'in-tray',
  'data-interpretation',
  'presentation',
  'role-play',
] as const;

/**
 * An exercise format: `'in-tray' | 'data-interpretation' | 'presentation' | 'role-play'`.
 *
 * @example
 * ```ts
 * import type { ExerciseFormat } from '@prepdeck/schema';
 *
 * const format: ExerciseFormat = 'in-tray';
 * ```
 * @category Types
 */
export type ExerciseFormat = (typeof EXERCISE_FORMATS)[number];

/**
 * Validates the exercise part of a question of type `exercise`: its format, the minutes
 * a candidate gets to prepare, the brief read to them, and the materials handed over
 * (Markdown: an in-tray of emails, a KPI table, a regulator's letter).
 *
 * @example
 * ```ts
 * import { ExerciseSchema } from '@prepdeck/schema';
 *
 * ExerciseSchema.parse({
 *   format: 'presentation',
 *   prepMinutes: 30,
 *   brief: 'Present your first 90 days to the panel.',
 *   materials: '| metric | value |\n| --- | --- |\n| CSAT | 71% |',
 * }).format; // 'presentation'
 * ```
 * @category Schemas
 */
export const ExerciseSchema = z
  .strictObject({
    format: z
      .enum(EXERCISE_FORMATS)
      .describe('in-tray, data-interpretation, presentation or role-play.'),
    prepMinutes: z
      .int()
      .min(0)
      .max(240)
      .describe('Minutes the candidate gets to read and prepare before responding.'),
    brief: z
      .string()
      .min(1)
      .max(5000)
      .describe('The instructions read or handed to the candidate.'),
    materials: z
      .string()
      .min(1)
      .max(50000)
      .describe('Markdown handed to the candidate: emails, a table of figures, a letter.'),
  })
  .readonly()
  .describe('An assessment-centre exercise: format, preparation time, brief and materials.');

/**
 * The exercise part of a question of type `exercise`.
 *
 * @example
 * ```ts
 * import type { Exercise } from '@prepdeck/schema';
 *
 * const totalMinutes = (exercise: Exercise, answerMinutes: number) =>
 *   exercise.prepMinutes + answerMinutes;
 * ```
 * @category Types
 */
export interface Exercise extends z.infer<typeof ExerciseSchema> {}
