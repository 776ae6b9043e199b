/**
 * A rubric level, from weakest to strongest: `'poor' | 'mixed' | 'good' | 'excellent'`.
 * Equal to `RubricLevel` of `@prepdeck/schema`.
 *
 * @example
 * ```ts
 * import type { RubricLevel } from '@prepdeck/sdk/kit';
 *
 * const level: RubricLevel = 'good';
 * ```
 */
export type RubricLevel = 'poor' | 'mixed' | 'good' | 'excellent';

/**
 * The four rubric levels, from weakest to strongest.
 *
 * @example
 * ```ts
 * import { RUBRIC_LEVELS } from '@prepdeck/sdk/kit';
 *
 * RUBRIC_LEVELS; // ['poor', 'mixed', 'good', 'excellent']
 * ```
 */
export const RUBRIC_LEVELS: readonly RubricLevel[] = Object.freeze([
  'poor',
  'mixed',
  'good',
  'excellent',
]);
