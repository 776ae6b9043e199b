import { z } from 'zod';
import { CategorySchema } from './category-schema.js';
import { CompetencySchema } from './competency-schema.js';
import { ConceptSchema } from './concept-schema.js';
import { IdSchema } from './id-schema.js';
import { JurisdictionSchema } from './jurisdiction-schema.js';
import { QuestionSchema } from './question-schema.js';
import { RoleSchema } from './role-schema.js';
import { TagSchema } from './tag-schema.js';

/**
 * Validates the shape of a whole bank. It does not check cross-references: use
 * {@link parseBank} for that.
 *
 * @example
 * ```ts
 * import { BankSchema } from '@prepdeck/schema';
 *
 * BankSchema.safeParse({ roles: [] }).success; // false
 * ```
 * @category Schemas
 */
export const BankSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('Optional URL or path of the JSON Schema, for editors. Ignored by parseBank.'),
    roles: z.array(RoleSchema).min(1).readonly().describe('The roles the questions apply to.'),
    categories: z
      .array(CategorySchema)
      .min(1)
      .readonly()
      .describe('The categories, in display order.'),
    competencies: z
      .array(CompetencySchema)
      .readonly()
      .describe('The controlled vocabulary of competencies.'),
    tags: z.array(TagSchema).readonly().describe('The controlled vocabulary of tags.'),
    questions: z.array(QuestionSchema).readonly().describe('The questions, in bank order.'),
    jurisdictions: z
      .array(JurisdictionSchema)
      .readonly()
      .optional()
      .describe('The vocabulary of jurisdictions questions may be limited to.'),
    concepts: z
      .array(ConceptSchema)
      .readonly()
      .optional()
      .describe('The domain lexicon: sets of phrases that mean the same thing.'),
    moved: z
      .record(IdSchema, IdSchema)
      .readonly()
      .optional()
      .describe('Ids of questions merged into another, mapped to the id of that question.'),
  })
  .readonly()
  .describe('A prepdeck question bank: roles, categories, vocabularies and questions.');

/**
 * A whole question bank, deep-frozen once parsed.
 *
 * @example
 * ```ts
 * import type { Bank } from '@prepdeck/schema';
 *
 * const size = (bank: Bank) => bank.questions.length;
 * ```
 * @category Types
 */
export interface Bank extends z.infer<typeof BankSchema> {}
