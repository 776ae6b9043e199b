import { z } from 'zod';

const RedFlagObjectSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(500)
    .describe('The sign of a weak answer, as an interviewer notes it.'),
  cues: z
    .array(z.string().min(1).max(100))
    .max(20)
    .readonly()
    .default([])
    .describe(
      'Short phrases that give the flag away in an answer ("not our problem"). May be empty.',
    ),
});

/**
 * Validates one red flag: a sign of a weak answer and the phrases (`cues`) that give it
 * away. A plain string is accepted too and read as `{ text, cues: [] }`, so banks written
 * before red flags had cues still parse.
 *
 * @example
 * ```ts
 * import { RedFlagSchema } from '@prepdeck/schema';
 *
 * RedFlagSchema.parse('Blames the customer.'); // { text: 'Blames the customer.', cues: [] }
 * RedFlagSchema.parse({ text: 'Blames the customer.', cues: ['their own fault'] }).cues; // ['their own fault']
 * ```
 * @category Schemas
 */
export const RedFlagSchema = z
  .union([z.string().min(1).max(500), RedFlagObjectSchema])
  .transform((flag): RedFlag => (typeof flag === 'string' ? { text: flag, cues: [] } : flag))
  .readonly()
  .describe(
    'A sign of a weak answer: { text, cues }, or a plain string read as { text, cues: [] }.',
  );

/**
 * A red flag as found in a parsed bank: always `{ text, cues }`.
 *
 * @example
 * ```ts
 * import type { RedFlag } from '@prepdeck/schema';
 *
 * const hasCues = (flag: RedFlag) => flag.cues.length > 0;
 * ```
 * @category Types
 */
export interface RedFlag {
  /** The sign of a weak answer, as an interviewer notes it. */
  readonly text: string;
  /** Phrases that give the flag away in an answer; empty when none does reliably. */
  readonly cues: readonly string[];
}
