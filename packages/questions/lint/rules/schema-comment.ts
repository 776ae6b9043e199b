import type { LintRule } from '../lint-rule.js';

export const QUESTION_SCHEMA_COMMENT =
  '# yaml-language-server: $schema=../../../schema/json-schema/question.schema.json';

export const schemaComment: LintRule = {
  name: 'schema-comment',
  description:
    'A question file starts with the yaml-language-server comment that points editors at the JSON Schema.',
  check: ({ questions }) =>
    questions
      .filter(({ text }) => !text.startsWith(`${QUESTION_SCHEMA_COMMENT}\n`))
      .map(({ path }) => ({
        file: path,
        field: '(file)',
        message: `first line must be: ${QUESTION_SCHEMA_COMMENT}`,
      })),
};
