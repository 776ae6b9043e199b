import type { Question } from '@prepdeck/schema';
import type { LintRule } from '../lint-rule.js';

function stringFields(question: Question): [string, string][] {
  const { guidance } = question;
  const list = (name: string, values: readonly string[]) =>
    values.map((value, i): [string, string] => [`${name}[${i}]`, value]);
  return [
    ['text', question.text],
    ['guidance.intent', guidance.intent],
    ['guidance.sampleAnswer', guidance.sampleAnswer],
    ...list('jurisdictions', question.jurisdictions ?? []),
    ...list('guidance.keyPoints', guidance.keyPoints),
    ...(guidance.weakAnswer === undefined
      ? []
      : [['guidance.weakAnswer', guidance.weakAnswer] as [string, string]]),
    ...Object.entries(guidance.rubric ?? {}).map(([level, text]): [string, string] => [
      `guidance.rubric.${level}`,
      text,
    ]),
    ...guidance.redFlags.flatMap((flag, i) => [
      [`guidance.redFlags[${i}].text`, flag.text] as [string, string],
      ...list(`guidance.redFlags[${i}].cues`, flag.cues),
    ]),
    ...list('guidance.followUps', guidance.followUps),
    ...list('guidance.keyTerms', guidance.keyTerms),
  ];
}

function whitespaceProblem(value: string): string | undefined {
  if (value !== value.trim()) return 'has leading or trailing whitespace';
  if (/\s{2,}/.test(value)) return 'has a double space';
  if (/[\n\r\t]/.test(value)) return 'has a line break or tab';
  return undefined;
}

export const cleanWhitespace: LintRule = {
  name: 'clean-whitespace',
  description:
    'Text fields have no leading or trailing whitespace, double spaces, tabs or line breaks.',
  check: ({ questions }) =>
    questions.flatMap(({ path, question }) =>
      stringFields(question).flatMap(([field, value]) => {
        const message = whitespaceProblem(value);
        return message === undefined ? [] : [{ file: path, field, message }];
      }),
    ),
};
