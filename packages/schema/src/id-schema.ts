import { z } from 'zod';

/**
 * The pattern every id in a bank follows: lower-case words of letters and digits joined
 * by single hyphens (kebab-case).
 *
 * @example
 * ```ts
 * import { KEBAB_CASE_PATTERN } from '@prepdeck/schema';
 *
 * KEBAB_CASE_PATTERN.test('high-bill-after-estimated-reads'); // true
 * KEBAB_CASE_PATTERN.test('High_Bill'); // false
 * ```
 * @category Vocabularies
 */
export const KEBAB_CASE_PATTERN: RegExp = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable kebab-case id: 1 to 100 characters of lower-case letters, digits and single
 * hyphens.
 *
 * @example
 * ```ts
 * import { IdSchema } from '@prepdeck/schema';
 *
 * IdSchema.parse('billing-and-metering'); // 'billing-and-metering'
 * IdSchema.safeParse('Billing').success; // false
 * ```
 * @category Schemas
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(KEBAB_CASE_PATTERN, {
    message: 'Must be kebab-case: lower-case letters and digits joined by single hyphens',
  })
  .describe('A stable kebab-case id: lower-case letters and digits joined by single hyphens.');
