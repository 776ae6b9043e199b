import { redFlagText } from '../red-flag-text.js';
import type { FormattableQuestion } from './formattable-question.js';
import { checkQuestions, readGuidance, readOptions } from './read-input.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import type { ToMarkdownOptions } from '@prepdeck/sdk/format';
 *
 * const options: ToMarkdownOptions = { guidance: true };
 * ```
 */
export interface ToMarkdownOptions {
  /** Adds a section per guidance field under each question. Default `false`. */
  readonly guidance?: boolean | undefined;
}

const OPTIONS = ['guidance'];

/** Text for a heading or a one-line entry: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Text for a paragraph: line breaks normalized to LF. */
function paragraph(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** A bullet list; an item's later lines are indented to stay inside it. */
function list(items: readonly string[]): string {
  return items.map((item) => `- ${paragraph(item).replace(/\n/g, '\n  ')}`).join('\n');
}

function section(title: string, body: string): string {
  return `### ${title}\n\n${body}`;
}

function block(question: FormattableQuestion, guidance: boolean): string {
  const facts = [
    `Id: ${question.id}`,
    `Category: ${question.category}`,
    `Type: ${question.type}`,
    `Difficulty: ${question.difficulty}`,
    `Seniority: ${question.seniority.join(', ')}`,
  ];
  if (question.estimatedMinutes !== undefined) facts.push(`Minutes: ${question.estimatedMinutes}`);
  const parts = [`## ${oneLine(question.text)}`, oneLine(facts.join(' · '))];
  const x = question.exercise;
  if (x !== undefined) {
    parts.push(
      section(
        `Exercise: ${oneLine(x.format)}, ${x.prepMinutes} minutes to prepare`,
        paragraph(x.brief),
      ),
      // Quoted, so that the materials' own headings stay inside them.
      section(
        'Materials',
        paragraph(x.materials)
          .split('\n')
          .map((line) => `> ${line}`.trimEnd())
          .join('\n'),
      ),
    );
  }
  const g = question.guidance;
  if (guidance && g !== undefined) {
    parts.push(section('What the interviewer is assessing', paragraph(g.intent)));
    if (g.keyPoints.length > 0) parts.push(section('Key points', list(g.keyPoints)));
    if (g.redFlags.length > 0) parts.push(section('Red flags', list(g.redFlags.map(redFlagText))));
    const r = g.rubric;
    if (r !== undefined) {
      parts.push(
        section(
          'Rubric',
          list([
            `**Poor:** ${r.poor}`,
            `**Mixed:** ${r.mixed}`,
            `**Good:** ${r.good}`,
            `**Excellent:** ${r.excellent}`,
          ]),
        ),
      );
    }
    if (g.weakAnswer !== undefined) parts.push(section('Weak answer', paragraph(g.weakAnswer)));
    parts.push(section('Sample answer', paragraph(g.sampleAnswer)));
    if (g.followUps.length > 0) parts.push(section('Follow-ups', list(g.followUps)));
    if (g.keyTerms.length > 0) {
      parts.push(section('Key terms', oneLine(g.keyTerms.map(oneLine).join(', '))));
    }
  }
  return parts.join('\n\n');
}

/**
 * Writes questions as a readable Markdown document. Each question gets a `##` heading
 * with its text and a line with its id, category, type, difficulty, seniority and
 * minutes; with `guidance: true`, `###` sections follow for what the interviewer is
 * assessing, key points, red flags, the sample answer, follow-ups and key terms. Text is
 * written as it is, without escaping; line breaks in a heading or in the facts line
 * become spaces.
 *
 * @param questions - The questions to write, in the order given.
 * @param options - `guidance` to add the guidance sections.
 * @returns The Markdown text, ending in a newline (empty for no questions).
 * @throws `PrepdeckError` `INVALID_ARGUMENT` when `questions` is not an array of
 *   objects, or for an unknown option or option value.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 * import { toMarkdown } from '@prepdeck/sdk/format';
 *
 * toMarkdown(questions.slice(0, 1));
 * // '## Who are the consumer advocates in utility regulation, how does ...?\n' +
 * // '\n' +
 * // 'Id: consumer-advocates-role-in-regulation · Category: role-and-industry · ' +
 * // 'Type: technical · Difficulty: intermediate · Seniority: manager, director · Minutes: 4\n'
 *
 * toMarkdown(questions, { guidance: true }); // adds '### Key points', '### Red flags', ...
 * ```
 */
export function toMarkdown(
  questions: readonly FormattableQuestion[],
  options?: ToMarkdownOptions | undefined,
): string {
  checkQuestions('toMarkdown', questions);
  const guidance = readGuidance('toMarkdown', readOptions('toMarkdown', options, OPTIONS));
  if (questions.length === 0) return '';
  return `${questions.map((question) => block(question, guidance)).join('\n\n')}\n`;
}
