import { z } from 'zod';
import { CitationSchema } from './citation-schema.js';
import { DifficultySchema } from './difficulty.js';
import { ExerciseSchema } from './exercise-schema.js';
import { GuidanceSchema } from './guidance-schema.js';
import { IdSchema } from './id-schema.js';
import { QuestionSourceSchema } from './question-source.js';
import { QuestionTypeSchema } from './question-type.js';
import { SenioritySchema } from './seniority.js';

const idList = (description: string) => z.array(IdSchema).readonly().describe(description);

/**
 * Validates one question record. Cross-references (category, roles, competencies, tags,
 * related ids, jurisdictions) are checked by {@link parseBank}, which sees the whole bank.
 * A question of type `exercise` must have `exercise`, and no other type may.
 *
 * @example
 * ```ts
 * import { QuestionSchema } from '@prepdeck/schema';
 *
 * const result = QuestionSchema.safeParse({ id: 'no-text' });
 * result.success; // false
 * ```
 * @category Schemas
 */
export const QuestionSchema = z
  .strictObject({
    id: IdSchema.describe('Stable kebab-case id, unique in the bank. Never reused or renamed.'),
    text: z.string().min(1).max(1000).describe('The question as an interviewer says it.'),
    roles: z
      .array(IdSchema)
      .min(1)
      .readonly()
      .describe('Ids of the roles this question applies to (at least one).'),
    category: IdSchema.describe('The id of the category this question belongs to.'),
    type: QuestionTypeSchema,
    difficulty: DifficultySchema,
    seniority: z
      .array(SenioritySchema)
      .min(1)
      .readonly()
      .describe('The seniority levels this question fits (at least one).'),
    competencies: idList("Ids from the bank's competency vocabulary."),
    tags: idList("Ids from the bank's tag vocabulary."),
    estimatedMinutes: z.int().min(1).max(60).describe('Suggested answer time in whole minutes.'),
    source: QuestionSourceSchema,
    guidance: GuidanceSchema,
    related: idList('Ids of related questions in the same bank: a next step or a harder version.'),
    jurisdictions: idList(
      "Ids from the bank's jurisdictions where the question or its guidance only holds there. Absent or empty: true anywhere.",
    ).optional(),
    sources: z
      .array(CitationSchema)
      .max(30)
      .readonly()
      .optional()
      .describe('Where each specific fact (a figure, a date, a rule, a named study) comes from.'),
    exercise: ExerciseSchema.optional().describe(
      'The exercise: required when type is exercise, and only then.',
    ),
  })
  .check((ctx) => {
    const { type, exercise } = ctx.value;
    if (type === 'exercise' && exercise === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: exercise,
        path: ['exercise'],
        message:
          'A question of type exercise needs exercise: { format, prepMinutes, brief, materials }',
      });
    } else if (type !== 'exercise' && exercise !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: exercise,
        path: ['exercise'],
        message: `Only a question of type exercise has exercise; this one is ${type}`,
      });
    }
  })
  .readonly()
  .describe('One interview question with guidance on what a strong answer covers.');

/**
 * One interview question with its guidance, as found in a parsed (deep-frozen) bank.
 *
 * @example
 * ```ts
 * import type { Question } from '@prepdeck/schema';
 *
 * const title = (question: Question) => `${question.id}: ${question.text}`;
 * ```
 * @category Types
 */
export interface Question extends z.infer<typeof QuestionSchema> {}
