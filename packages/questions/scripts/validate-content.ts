import {
  type Bank,
  CategorySchema,
  CompetencySchema,
  ConceptSchema,
  IdSchema,
  JurisdictionSchema,
  type Question,
  QuestionSchema,
  RoleSchema,
  safeParseBank,
  TagSchema,
} from '@prepdeck/schema';
import { z } from 'zod';
import type { LintContext, QuestionSource } from '../lint/lint-rule.js';
import { formatLintProblems, runLint } from '../lint/run-lint.js';
import type { LoadedContent } from './load-content.js';

/** The outcome of validating the content: the bank, or one line per problem. */
export type ContentValidation =
  | { readonly ok: true; readonly bank: Bank; readonly context: LintContext }
  | { readonly ok: false; readonly problems: readonly string[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * The first pass: every file's shape (zod schemas). Returns the lint context when every
 * file has the right shape, and one line per problem otherwise.
 */
export function readLintContext(content: LoadedContent):
  | { readonly context: LintContext; readonly problems: readonly [] }
  | {
      readonly context: undefined;
      readonly problems: readonly string[];
    } {
  const problems: string[] = [];
  const vocabularySchemas = {
    roles: z.array(RoleSchema),
    categories: z.array(CategorySchema),
    competencies: z.array(CompetencySchema),
    tags: z.array(TagSchema),
    jurisdictions: z.array(JurisdictionSchema),
    concepts: z.array(ConceptSchema),
    moved: z.record(IdSchema, IdSchema),
    'terms-without-synonyms': z.array(z.string().min(1)),
  };
  const vocabulary: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(vocabularySchemas)) {
    const file = content.vocabularyFiles[name as keyof typeof vocabularySchemas];
    const result = schema.safeParse(file.data);
    if (result.success) vocabulary[name] = result.data;
    else
      for (const issue of result.error.issues)
        problems.push(`${file.path}: ${formatPath(issue.path) || '(file)'}: ${issue.message}`);
  }

  const questions: QuestionSource[] = [];
  for (const file of content.questionFiles) {
    const result = QuestionSchema.safeParse(file.data);
    if (result.success) questions.push({ ...file, question: result.data as Question });
    else
      for (const issue of result.error.issues)
        problems.push(`${file.path}: ${formatPath(issue.path) || '(file)'}: ${issue.message}`);
  }
  if (problems.length > 0) return { context: undefined, problems };
  const { 'terms-without-synonyms': termsWithoutSynonyms, ...bankVocabulary } = vocabulary;
  return {
    context: { questions, ...bankVocabulary, termsWithoutSynonyms } as unknown as LintContext,
    problems: [],
  };
}

/**
 * Validates the content in three passes, each reporting by file: the shape of every file
 * (zod schemas), the content lint rules, then the bank's cross-references (parseBank).
 */
export function validateContent(content: LoadedContent): ContentValidation {
  const { context, problems } = readLintContext(content);
  if (context === undefined) return { ok: false, problems };
  const lintProblems = runLint(context);
  if (lintProblems.length > 0)
    return { ok: false, problems: formatLintProblems(lintProblems).split('\n') };

  const parsed = safeParseBank(content.rawBank);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map(({ path, message }) => {
        const match = /^questions\[(\d+)\]\.?(.*)$/.exec(path);
        const file = match ? content.questionFiles[Number(match[1])]?.path : undefined;
        return file && match
          ? `${file}: ${match[2] || '(file)'}: ${message}`
          : `content: ${path}: ${message}`;
      }),
    };
  }
  return { ok: true, bank: parsed.data, context };
}
