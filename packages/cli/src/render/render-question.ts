import type { Bank, Question } from '@prepdeck/schema';
import type { Terminal } from '../terminal.js';
import { wrapText } from './wrap-text.js';

/** `Billing and metering · situational · intermediate · supervisor, manager · 4 min`. */
export function questionMeta(question: Question, bank: Bank): string {
  const category =
    bank.categories.find((c) => c.id === question.category)?.title ?? question.category;
  return [
    category,
    question.type,
    question.difficulty,
    question.seniority.join(', '),
    `${question.estimatedMinutes} min`,
  ].join(' · ');
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
    `${color.bold(label)}${color.dim(questionMeta(question, bank))}`,
    color.bold(wrapText(question.text, width, indent)),
    `${indent}${color.dim(`id: ${question.id}`)}`,
  ].join('\n');
}

function section(term: Terminal, title: string, lines: string[], indent: string): string {
  return [`${indent}${term.color.cyan(title)}`, ...lines].join('\n');
}

const bullets = (term: Terminal, items: readonly string[], indent: string, mark = '-') =>
  items.map((item) => wrapText(item, term.width, `${indent}  `, `${indent}${mark} `));

/** The guidance sections of a question, wrapped and indented. */
export function renderGuidance(
  term: Terminal,
  question: Question,
  indent = '',
  parts = { sample: true },
): string {
  const { guidance } = question;
  const blocks = [
    section(
      term,
      'What the interviewer is assessing',
      [wrapText(guidance.intent, term.width, `${indent}  `)],
      indent,
    ),
    section(term, 'A strong answer covers', bullets(term, guidance.keyPoints, indent), indent),
    section(term, 'Red flags', bullets(term, guidance.redFlags, indent), indent),
  ];
  if (parts.sample) {
    blocks.push(
      section(
        term,
        'Sample answer',
        [wrapText(guidance.sampleAnswer, term.width, `${indent}  `)],
        indent,
      ),
    );
  }
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
