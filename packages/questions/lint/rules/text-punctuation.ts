import type { LintRule } from '../lint-rule.js';

export const textPunctuation: LintRule = {
  name: 'text-punctuation',
  description: 'Question texts and follow-ups end with "?" or ".".',
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) => {
      const fields: [string, string][] = [
        ['text', question.text],
        ...question.guidance.followUps.map((followUp, i): [string, string] => [
          `guidance.followUps[${i}]`,
          followUp,
        ]),
      ];
      return fields
        .filter(([, value]) => !/[?.]$/.test(value))
        .map(([field]) => ({ file: path, field, message: 'must end with "?" or "."' }));
    }),
};
