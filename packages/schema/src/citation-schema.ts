import { z } from 'zod';

/** `YYYY-MM`, month 01 to 12. */
const YEAR_MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;

/**
 * Validates one source citation: a specific fact a question relies on (a figure, a date,
 * a rule, a named study), where it comes from, and the month it was checked (`asOf`,
 * `YYYY-MM`).
 *
 * @example
 * ```ts
 * import { CitationSchema } from '@prepdeck/schema';
 *
 * CitationSchema.safeParse({
 *   claim: 'The Energy Ombudsman takes a complaint after 8 weeks.',
 *   source: 'Energy Ombudsman',
 *   asOf: '2026-13',
 * }).success; // false: there is no month 13
 * ```
 * @category Schemas
 */
export const CitationSchema = z
  .strictObject({
    claim: z.string().min(1).max(1000).describe('The specific fact, as the question uses it.'),
    source: z
      .string()
      .min(1)
      .max(500)
      .describe('Where the fact comes from: the rule, regulator, report or study.'),
    url: z.url().max(2000).optional().describe('A link to the source, when there is one.'),
    asOf: z
      .string()
      .regex(YEAR_MONTH, { message: 'Must be a month as YYYY-MM, such as 2026-11' })
      .describe('The month the fact was checked against the source, as YYYY-MM.'),
  })
  .readonly()
  .describe('A specific fact, its source and the month it was checked.');

/**
 * A source citation for a specific fact in a question.
 *
 * @example
 * ```ts
 * import type { Citation } from '@prepdeck/schema';
 *
 * const label = (citation: Citation) => `${citation.source} (as of ${citation.asOf})`;
 * ```
 * @category Types
 */
export interface Citation extends z.infer<typeof CitationSchema> {}
