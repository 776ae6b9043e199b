import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates a category record: a topic area that groups questions.
 *
 * @example
 * ```ts
 * import { CategorySchema } from '@prepdeck/schema';
 *
 * CategorySchema.safeParse({ id: 'billing-and-metering' }).success; // false: no title
 * ```
 * @category Schemas
 */
export const CategorySchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1).max(200).describe('A short human-readable title.'),
    description: z.string().min(1).max(2000).describe('What questions in this category cover.'),
  })
  .readonly()
  .describe('A topic area that groups questions.');

/**
 * A category record.
 *
 * @example
 * ```ts
 * import type { Category } from '@prepdeck/schema';
 *
 * const heading = (category: Category) => `## ${category.title}`;
 * ```
 * @category Types
 */
export interface Category extends z.infer<typeof CategorySchema> {}
