import { z } from 'zod';
import { IdSchema } from './id-schema.js';

/**
 * Validates one concept of the bank's lexicon: phrases that mean the same thing to an
 * interviewer, so an answer that says "installment plan" counts for "payment
 * arrangement".
 *
 * @example
 * ```ts
 * import { ConceptSchema } from '@prepdeck/schema';
 *
 * ConceptSchema.parse({
 *   id: 'payment-arrangement',
 *   terms: ['payment arrangement', 'installment plan', 'payment plan'],
 * }).terms.length; // 3
 * ```
 * @category Schemas
 */
export const ConceptSchema = z
  .strictObject({
    id: IdSchema,
    terms: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(50)
      .readonly()
      .describe('Phrases with the same meaning; the first is the preferred one.'),
  })
  .readonly()
  .describe('A set of phrases that mean the same thing to an interviewer.');

/**
 * A concept of the bank's lexicon.
 *
 * @example
 * ```ts
 * import type { Concept } from '@prepdeck/schema';
 *
 * const preferred = (concept: Concept) => concept.terms[0];
 * ```
 * @category Types
 */
export interface Concept extends z.infer<typeof ConceptSchema> {}
