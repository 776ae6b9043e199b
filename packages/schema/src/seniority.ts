import { z } from 'zod';

/**
 * The seniority levels a question can target, from the floor up.
 *
 * @example
 * ```ts
 * import { SENIORITY_LEVELS } from '@prepdeck/schema';
 *
 * SENIORITY_LEVELS; // ['supervisor', 'manager', 'director']
 * ```
 * @category Vocabularies
 */
export const SENIORITY_LEVELS = ['supervisor', 'manager', 'director'] as const;

/**
 * Validates a seniority level: `supervisor` (runs the floor), `manager` (owns KPIs and
 * policy) or `director` (strategy, budget, regulators).
 *
 * @example
 * ```ts
 * import { SenioritySchema } from '@prepdeck/schema';
 *
 * SenioritySchema.parse('director'); // 'director'
 * ```
 * @category Schemas
 */
export const SenioritySchema = z
  .enum(SENIORITY_LEVELS)
  .describe(
    'supervisor (runs the floor and coaches), manager (owns KPIs and policy) or director (strategy, budget, regulators).',
  );

/**
 * A seniority level: `'supervisor' | 'manager' | 'director'`.
 *
 * @example
 * ```ts
 * import type { Seniority } from '@prepdeck/schema';
 *
 * const level: Seniority = 'manager';
 * ```
 * @category Types
 */
export type Seniority = z.infer<typeof SenioritySchema>;
