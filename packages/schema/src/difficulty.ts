import { z } from 'zod';

/**
 * The difficulty levels, in ascending order: `foundational` < `intermediate` <
 * `advanced`.
 *
 * @example
 * ```ts
 * import { DIFFICULTIES } from '@prepdeck/schema';
 *
 * DIFFICULTIES.indexOf('advanced'); // 2
 * ```
 * @category Vocabularies
 */
export const DIFFICULTIES = ['foundational', 'intermediate', 'advanced'] as const;

/**
 * Validates a difficulty level.
 *
 * @example
 * ```ts
 * import { DifficultySchema } from '@prepdeck/schema';
 *
 * DifficultySchema.safeParse('hard').success; // false
 * ```
 * @category Schemas
 */
export const DifficultySchema = z
  .enum(DIFFICULTIES)
  .describe(
    'How hard the question is, on the ordered scale foundational < intermediate < advanced.',
  );

/**
 * A difficulty level: `'foundational' | 'intermediate' | 'advanced'`.
 *
 * @example
 * ```ts
 * import type { Difficulty } from '@prepdeck/schema';
 *
 * const level: Difficulty = 'intermediate';
 * ```
 * @category Types
 */
export type Difficulty = z.infer<typeof DifficultySchema>;
