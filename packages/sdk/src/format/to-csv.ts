import { redFlagText } from '../red-flag-text.js';
import type { FormattableQuestion } from './formattable-question.js';
import { checkQuestions, fail, readGuidance, readOptions, show } from './read-input.js';

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from '@prepdeck/sdk/format';
 *
 * const options: ToCsvOptions = { guidance: true, delimiter: ';' };
 * ```
 */
export interface ToCsvOptions {
  /** Adds the guidance columns. Default `false`. */
  readonly guidance?: boolean | undefined;
  /** The field separator: `','` (the default), `';'` or `'\t'`. */
  readonly delimiter?: ',' | ';' | '\t' | undefined;
}

const OPTIONS = ['guidance', 'delimiter'];
const DELIMITERS: readonly string[] = [',', ';', '\t'];

const COLUMNS = [
  'id',
  'text',
  'category',
  'type',
  'difficulty',
  'seniority',
  'competencies',
  'tags',
  'estimatedMinutes',
];
const GUIDANCE_COLUMNS = [
  'intent',
  'keyPoints',
  'redFlags',
  'sampleAnswer',
  'followUps',
  'keyTerms',
];

function readDelimiter(options: Readonly<Record<string, unknown>>): string {
  const value = options.delimiter;
  if (value === undefined) return ',';
  if (typeof value !== 'string' || !DELIMITERS.includes(value)) {
    fail('toCsv', `option "delimiter" must be ',', ';' or '\\t', got ${show(value)}.`);
  }
  return value;
}

function row(question: FormattableQuestion, guidance: boolean): string[] {
  const cells = [
    question.id,
    question.text,
    question.category,
    question.type,
    question.difficulty,
    question.seniority.join('; '),
    question.competencies.join('; '),
    question.tags.join('; '),
    question.estimatedMinutes === undefined ? '' : String(question.estimatedMinutes),
  ];
  if (!guidance) return cells;
  const g = question.guidance;
  if (g === undefined) return [...cells, '', '', '', '', '', ''];
  return [
    ...cells,
    g.intent,
    g.keyPoints.join('\n'),
    g.redFlags.map(redFlagText).join('\n'),
    g.sampleAnswer,
    g.followUps.join('\n'),
    g.keyTerms.join('\n'),
  ];
}

/**
 * Writes questions as CSV by RFC 4180: a header row, then one record per question, each
 * line ending in CRLF. A field that holds the delimiter, a comma, a double quote, a CR or
 * an LF is enclosed in double quotes, with its inner quotes doubled.
 *
 * Columns: `id`, `text`, `category`, `type`, `difficulty`, `seniority`, `competencies`,
 * `tags` and `estimatedMinutes` (list values joined with `"; "`); with `guidance: true`
 * also `intent`, `keyPoints`, `redFlags`, `sampleAnswer`, `followUps` and `keyTerms`
 * (list values one per line inside the quoted field; empty for a question without
 * guidance).
 *
 * @param questions - The questions to write, in the order given.
 * @param options - `guidance` to add the guidance columns; `delimiter` to separate fields
 *   with `';'` or `'\t'` instead of `','`.
 * @returns The CSV text, ending in CRLF.
 * @throws `PrepdeckError` `INVALID_ARGUMENT` when `questions` is not an array of
 *   objects, or for an unknown option or option value.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 * import { toCsv } from '@prepdeck/sdk/format';
 *
 * toCsv(questions.slice(0, 1));
 * // 'id,text,category,type,difficulty,seniority,competencies,tags,estimatedMinutes\r\n' +
 * // 'consumer-advocates-role-in-regulation,"Who are the consumer advocates in utility ' +
 * // 'regulation, how does ...?",role-and-industry,technical,intermediate,manager; director,' +
 * // 'regulatory-knowledge; stakeholder-management,consumer-advocates; rate-cases; ' +
 * // 'commission-oversight,4\r\n'
 *
 * toCsv(questions, { guidance: true, delimiter: ';' }); // for a spreadsheet in a ';' locale
 * ```
 */
export function toCsv(
  questions: readonly FormattableQuestion[],
  options?: ToCsvOptions | undefined,
): string {
  checkQuestions('toCsv', questions);
  const read = readOptions('toCsv', options, OPTIONS);
  const guidance = readGuidance('toCsv', read);
  const delimiter = readDelimiter(read);
  const field = (value: string): string =>
    value.includes(delimiter) || /[",\r\n]/.test(value)
      ? `"${value.replaceAll('"', '""')}"`
      : value;
  const header = guidance ? [...COLUMNS, ...GUIDANCE_COLUMNS] : COLUMNS;
  const lines = [header, ...questions.map((question) => row(question, guidance))];
  return lines.map((cells) => `${cells.map(field).join(delimiter)}\r\n`).join('');
}
