import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates a tag record: a topic keyword from the bank's controlled vocabulary.
 *
 * @example
 * ```ts
 * import { TagSchema } from '@prepdeck/schema';
 *
 * TagSchema.parse({ id: 'high-bill', label: 'High bills', description: 'Bills far above usual.' });
 * ```
 * @category Schemas
 */
export const TagSchema = z
  .strictObject({
    id: IdSchema,
    label: z.string().min(1).max(200).describe('A short human-readable label.'),
    description: z.string().min(1).max(2000).describe('What the tag covers.'),
  })
  .readonly()
  .describe("A topic keyword from the bank's controlled vocabulary.");

/**
 * A tag record.
 *
 * @example
 * ```ts
 * import type { Tag } from '@prepdeck/schema';
 *
 * const chip = (tag: Tag) => `#${tag.id}`;
 * ```
 * @category Types
 */
export interface Tag extends z.infer<typeof TagSchema> {}
