import { z } from 'zod';
import {
  BankSchema,
  CategorySchema,
  CompetencySchema,
  ConceptSchema,
  IdSchema,
  JurisdictionSchema,
  QuestionSchema,
  RoleSchema,
  TagSchema,
} from '../src/index.js';

const BANNER =
  'Generated from the zod schemas of @prepdeck/schema by scripts/generate-json-schema.ts. Do not edit.';

const sources: Record<string, { title: string; schema: z.ZodType }> = {
  'bank.schema.json': { title: 'prepdeck question bank', schema: BankSchema },
  'question.schema.json': { title: 'prepdeck question', schema: QuestionSchema },
  'role-list.schema.json': { title: 'prepdeck roles', schema: z.array(RoleSchema) },
  'category-list.schema.json': { title: 'prepdeck categories', schema: z.array(CategorySchema) },
  'competency-list.schema.json': {
    title: 'prepdeck competencies',
    schema: z.array(CompetencySchema),
  },
  'tag-list.schema.json': { title: 'prepdeck tags', schema: z.array(TagSchema) },
  'jurisdiction-list.schema.json': {
    title: 'prepdeck jurisdictions',
    schema: z.array(JurisdictionSchema),
  },
  'concept-list.schema.json': { title: 'prepdeck concepts', schema: z.array(ConceptSchema) },
  'moved.schema.json': {
    title: 'prepdeck moved question ids',
    schema: z
      .record(IdSchema, IdSchema)
      .describe('Ids of questions merged into another, mapped to the id of that question.'),
  },
};

/** Drops `readOnly`: the frozen output is not an authoring concern. */
function withoutReadOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReadOnly);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key !== 'readOnly') out[key] = withoutReadOnly(inner);
    }
    return out;
  }
  return value;
}

/**
 * The JSON Schema documents of the package, by file name, serialised canonically
 * (generated from the zod schemas, two-space indent, trailing newline).
 */
export function jsonSchemaDocuments(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { title, schema }] of Object.entries(sources)) {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
    const { $schema, ...rest } = withoutReadOnly(generated) as Record<string, unknown>;
    const document = { $schema, $comment: BANNER, title, ...rest };
    out[file] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return out;
}
