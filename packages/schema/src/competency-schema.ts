import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates a competency record: a skill an interviewer assesses.
 *
 * @example
 * ```ts
 * import { CompetencySchema } from '@prepdeck/schema';
 *
 * CompetencySchema.parse({ id: 'empathy', label: 'Empathy', description: 'Understands the customer.' });
 * ```
 * @category Schemas
 */
export const CompetencySchema = z
  .strictObject({
    id: IdSchema,
    label: z.string().min(1).max(200).describe('A short human-readable label.'),
    description: z.string().min(1).max(2000).describe('What the competency means in this role.'),
  })
  .readonly()
  .describe('A skill or quality an interviewer assesses.');

/**
 * A competency record.
 *
 * @example
 * ```ts
 * import type { Competency } from '@prepdeck/schema';
 *
 * const label = (competency: Competency) => competency.label;
 * ```
 * @category Types
 */
export interface Competency extends z.infer<typeof CompetencySchema> {}
