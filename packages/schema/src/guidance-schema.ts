import { z } from 'zod';
import { RedFlagSchema } from './red-flag-schema.js';
import { RubricSchema } from './rubric-schema.js';

const line = (max: number) => z.string().min(1).max(max);

/**
 * Validates the guidance attached to a question: what the interviewer is assessing and
 * what a strong answer looks like.
 *
 * @example
 * ```ts
 * import { GuidanceSchema } from '@prepdeck/schema';
 *
 * GuidanceSchema.shape.keyPoints.def.type; // 'array'
 * ```
 * @category Schemas
 */
export const GuidanceSchema = z
  .strictObject({
    intent: line(1000).describe('What the interviewer is assessing with this question.'),
    keyPoints: z
      .array(line(500))
      .min(3)
      .max(7)
      .readonly()
      .describe('3 to 7 things a strong answer covers.'),
    redFlags: z
      .array(RedFlagSchema)
      .min(2)
      .max(10)
      .readonly()
      .describe('Two or more signs of a weak answer, each with the cues that give it away.'),
    rubric: RubricSchema.optional(),
    weakAnswer: line(5000)
      .optional()
      .describe(
        'A realistic weak answer in the first person, committing at least one of the red flags.',
      ),
    sampleAnswer: line(5000).describe(
      'A model answer in the first person; STAR-shaped (situation, task, action, result) for behavioral questions.',
    ),
    followUps: z
      .array(line(500))
      .min(2)
      .max(10)
      .readonly()
      .describe('Two or more probing follow-up questions an interviewer may ask next.'),
    keyTerms: z
      .array(line(100))
      .max(20)
      .readonly()
      .describe('Domain terms a strong answer tends to use.'),
  })
  .readonly()
  .describe('What the interviewer is assessing and what a strong answer covers.');

/**
 * The guidance attached to a question.
 *
 * @example
 * ```ts
 * import type { Guidance } from '@prepdeck/schema';
 *
 * const firstKeyPoint = (guidance: Guidance) => guidance.keyPoints[0];
 * ```
 * @category Types
 */
export interface Guidance extends z.infer<typeof GuidanceSchema> {}
