import { z } from 'zod';

/**
 * Where a question comes from: `seed` for the five questions of the original role
 * brief, kept word for word, and `original` for questions written for the bank.
 *
 * @example
 * ```ts
 * import { QuestionSourceSchema } from '@prepdeck/schema';
 *
 * QuestionSourceSchema.options; // ['seed', 'original']
 * ```
 * @category Schemas
 */
export const QuestionSourceSchema = z
  .enum(['seed', 'original'])
  .describe('seed for the questions of the original role brief, original otherwise.');

/**
 * Where a question comes from: `'seed' | 'original'`.
 *
 * @example
 * ```ts
 * import type { QuestionSource } from '@prepdeck/schema';
 *
 * const source: QuestionSource = 'original';
 * ```
 * @category Types
 */
export type QuestionSource = z.infer<typeof QuestionSourceSchema>;
