import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates a jurisdiction record of the bank's vocabulary: a country, state, province
 * or nation whose rules a question may depend on. `parent` nests it (`us-ny` in `us`).
 *
 * @example
 * ```ts
 * import { JurisdictionSchema } from '@prepdeck/schema';
 *
 * JurisdictionSchema.parse({ id: 'us-ny', name: 'New York', parent: 'us' }).parent; // 'us'
 * ```
 */
export const JurisdictionSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).max(200).describe('The name, such as "New York" or "Great Britain".'),
    parent: IdSchema.optional().describe('The id of the jurisdiction this one lies within.'),
  })
  .readonly()
  .describe('A place whose rules a question may depend on.');

/**
 * A jurisdiction record.
 *
 * @example
 * ```ts
 * import type { Jurisdiction } from '@prepdeck/schema';
 *
 * const isTopLevel = (jurisdiction: Jurisdiction) => jurisdiction.parent === undefined;
 * ```
 */
export interface Jurisdiction extends z.infer<typeof JurisdictionSchema> {}
