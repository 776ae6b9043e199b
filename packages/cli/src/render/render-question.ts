import type { Bank, Question } from '@prepdeck/schema';
import type { Terminal } from '../terminal.js';
import { wrapParts, wrapText } from './wrap-text.js';

/**
 * `Billing and metering · situational · intermediate · supervisor, manager · 4 min`, and
 * `· Great Britain` for a question placed in jurisdictions.
 */
export function questionMeta(question: Question, bank: Bank): string {
  return metaParts(question, bank).join(' · ');
}

/** The parts of {@link questionMeta}, for wrapping between them. */
function metaParts(question: Question, bank: Bank): string[] {
  const category =
    bank.categories.find((c) => c.id === question.category)?.title ?? question.category;
  const places = (question.jurisdictions ?? []).map(
    (id) => bank.jurisdictions?.find((j) => j.id === id)?.name ?? id,
  );
  return [
    category,
    question.type,
    question.difficulty,
    question.seniority.join(', '),
    `${question.estimatedMinutes} min`,
    ...(places.length > 0 ? [places.join(', ')] : []),
  ];
}

/** A question as a numbered card: meta line, wrapped text, id. */
export function renderQuestion(
  term: Terminal,
  bank: Bank,
  question: Question,
  number?: number,
): string {
  const { color, width } = term;
  const label = number === undefined ? '' : `${number}. `;
  const indent = ' '.repeat(label.length);
  return [
    color.dim(wrapParts(metaParts(question, bank), width, indent, color.bold(label))),
    color.bold(wrapText(question.text, width, indent)),
    `${indent}${color.dim(`id: ${question.id}`)}`,
  ].join('\n');
}

export function section(term: Terminal, title: string, lines: string[], indent: string): string {
  return [`${indent}${term.color.cyan(title)}`, ...lines].join('\n');
}

export const bullets = (term: Terminal, items: readonly string[], indent: string, mark = '-') =>
  items.map((item) => wrapText(item, term.width, `${indent}  `, `${indent}${mark} `));

const LEVELS = ['poor', 'mixed', 'good', 'excellent'] as const;
const LEVEL_WIDTH = 'excellent '.length;

/** The four rubric anchors, one per level, or nothing when the question has no rubric. */
export function renderRubric(term: Terminal, question: Question, indent = ''): string | undefined {
  const rubric = question.guidance.rubric;
  if (rubric === undefined) return undefined;
  const shades = [term.color.red, term.color.yellow, term.color.green, term.color.cyan];
  const lines = LEVELS.map((level, i) => {
    const name = `${level.charAt(0).toUpperCase()}${level.slice(1)}`.padEnd(LEVEL_WIDTH);
    const hang = `${indent}  ${' '.repeat(LEVEL_WIDTH)}`;
    return wrapText(rubric[level], term.width, hang, `${indent}  ${shades[i]?.(name) ?? name}`);
  });
  return section(term, 'What an answer at each level sounds like', lines, indent);
}

/** The question's red flags as a bulleted section. */
export function renderRedFlags(term: Terminal, question: Question, indent = ''): string {
  const flags = question.guidance.redFlags.map((flag) => flag.text);
  return section(term, 'Red flags', bullets(term, flags, indent), indent);
}

/** The question's sample answer, under "A strong answer". */
export function renderStrongAnswer(term: Terminal, question: Question, indent = ''): string {
  const text = wrapText(question.guidance.sampleAnswer, term.width, `${indent}  `);
  return section(term, 'A strong answer', [text], indent);
}

/** The weak answer beside the strong (sample) one, when the question has a weak answer. */
export function renderContrast(term: Terminal, question: Question, indent = ''): string {
  const { weakAnswer } = question.guidance;
  const strong = renderStrongAnswer(term, question, indent);
  if (weakAnswer === undefined) return strong;
  const weak = section(
    term,
    'A weak answer, for contrast',
    [wrapText(weakAnswer, term.width, `${indent}  `)],
    indent,
  );
  return `${weak}\n\n${strong}`;
}

/** An exercise's format, preparation time, brief and materials, as handed to a candidate. */
export function renderExercise(
  term: Terminal,
  question: Question,
  indent = '',
): string | undefined {
  const exercise = question.exercise;
  if (exercise === undefined) return undefined;
  const brief = section(
    term,
    `Exercise: ${exercise.format}, ${exercise.prepMinutes} minutes to prepare`,
    [wrapText(exercise.brief, term.width, `${indent}  `)],
    indent,
  );
  const materials = section(
    term,
    'Materials',
    exercise.materials
      .replace(/\r\n?/g, '\n')
      .trimEnd()
      .split('\n')
      .map((line) => `${indent}  ${line}`.trimEnd()),
    indent,
  );
  return `${brief}\n\n${materials}`;
}

/** The question's sources with the month each was checked, or nothing without sources. */
export function renderSources(term: Terminal, question: Question, indent = ''): string | undefined {
  const sources = question.sources ?? [];
  if (sources.length === 0) return undefined;
  return section(
    term,
    'Sources',
    bullets(
      term,
      sources.map((s) => `${s.claim} ${s.source}, as of ${s.asOf}${s.url ? ` (${s.url})` : ''}.`),
      indent,
    ),
    indent,
  );
}

/** The guidance sections of a question, wrapped and indented. */
export function renderGuidance(term: Terminal, question: Question, indent = ''): string {
  const { guidance } = question;
  const blocks = [
    section(
      term,
      'What the interviewer is assessing',
      [wrapText(guidance.intent, term.width, `${indent}  `)],
      indent,
    ),
    section(term, 'A strong answer covers', bullets(term, guidance.keyPoints, indent), indent),
    renderRedFlags(term, question, indent),
  ];
  const rubric = renderRubric(term, question, indent);
  if (rubric !== undefined) blocks.push(rubric);
  blocks.push(renderContrast(term, question, indent));
  blocks.push(
    section(term, 'Follow-ups', bullets(term, guidance.followUps, indent), indent),
    section(
      term,
      'Key terms',
      [wrapText(guidance.keyTerms.join(', '), term.width, `${indent}  `)],
      indent,
    ),
  );
  return blocks.join('\n\n');
}
