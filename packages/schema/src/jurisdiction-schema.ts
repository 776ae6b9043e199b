import { z } from 'zod';
import { IdSchema } from './id-schema.js';
import type { parseBank } from './parse-bank.js';

/**
 * Validates a jurisdiction record of the bank's vocabulary: a country, state, province
 * or nation whose rules a question may depend on. `parent` nests it, and the id then
 * starts with the parent's id and a hyphen (`us-ny` in `us`); {@link parseBank} checks it.
 *
 * @example
 * ```ts
 * import { JurisdictionSchema } from '@prepdeck/schema';
 *
 * JurisdictionSchema.parse({ id: 'us-ny', name: 'New York', parent: 'us' }).parent; // 'us'
 * ```
 * @category Schemas
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
 * @category Types
 */
export interface Jurisdiction extends z.infer<typeof JurisdictionSchema> {}
