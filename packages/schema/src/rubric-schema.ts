import { z } from 'zod';

/**
 * The four rubric levels, from weakest to strongest, as in Google re:Work's
 * structured-interview rubrics.
 *
 * @example
 * ```ts
 * import { RUBRIC_LEVELS } from '@prepdeck/schema';
 *
 * RUBRIC_LEVELS; // ['poor', 'mixed', 'good', 'excellent']
 * ```
 * @category Vocabularies
 */
export const RUBRIC_LEVELS = ['poor', 'mixed', 'good', 'excellent'] as const;

/**
 * A rubric level: `'poor' | 'mixed' | 'good' | 'excellent'`.
 *
 * @example
 * ```ts
 * import type { RubricLevel } from '@prepdeck/schema';
 *
 * const level: RubricLevel = 'good';
 * ```
 * @category Types
 */
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

/**
 * Validates a rubric level name.
 *
 * @example
 * ```ts
 * import { RubricLevelSchema } from '@prepdeck/schema';
 *
 * RubricLevelSchema.safeParse('fair').success; // false
 * ```
 * @category Schemas
 */
export const RubricLevelSchema = z
  .enum(RUBRIC_LEVELS)
  .describe('poor, mixed, good or excellent, from weakest to strongest.');

const anchor = (level: string) =>
  z
    .string()
    .min(1)
    .max(1000)
    .describe(`What a ${level} answer to this question sounds like, in 1 to 3 sentences.`);

/**
 * Validates a question's rubric: for each of the four levels, what an answer at that
 * level sounds like for this question (behaviourally anchored, not a generic scale).
 *
 * @example
 * ```ts
 * import { RubricSchema } from '@prepdeck/schema';
 *
 * RubricSchema.safeParse({ poor: 'Defends the bill.' }).success; // false: all four levels are needed
 * ```
 * @category Schemas
 */
export const RubricSchema = z
  .strictObject({
    poor: anchor('poor'),
    mixed: anchor('mixed'),
    good: anchor('good'),
    excellent: anchor('excellent'),
  })
  .readonly()
  .describe('What an answer at each level sounds like for this question.');

/**
 * A question's rubric: one anchor text per level.
 *
 * @example
 * ```ts
 * import type { Rubric } from '@prepdeck/schema';
 *
 * const anchorFor = (rubric: Rubric) => rubric.good;
 * ```
 * @category Types
 */
export interface Rubric extends z.infer<typeof RubricSchema> {}
