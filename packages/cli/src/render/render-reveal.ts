import type { Question } from '@prepdeck/schema';
import type { Terminal } from '../terminal.js';
import { bullets, renderRedFlags, renderRubric, section } from './render-question.js';
import { wrapText } from './wrap-text.js';

/**
 * The guidance a practice session shows after an answer, most useful first: what the
 * interviewer is assessing, what a strong answer covers and its key terms (left out when
 * the feedback has just listed them), the red flags, and last the rubric anchors the
 * answer is rated on. A strong answer is shown on request at the rating prompt (`s`); the
 * weak answer and the other follow-ups stay in `prepdeck show`.
 */
export function renderReveal(
  term: Terminal,
  question: Question,
  { answered }: { readonly answered: boolean },
): string {
  const { guidance } = question;
  const paragraph = (text: string) => [wrapText(text, term.width, '  ')];
  const blocks = [
    section(term, 'What the interviewer is assessing', paragraph(guidance.intent), ''),
  ];
  if (!answered) {
    blocks.push(section(term, 'A strong answer covers', bullets(term, guidance.keyPoints, ''), ''));
    if (guidance.keyTerms.length > 0)
      blocks.push(section(term, 'Key terms', paragraph(guidance.keyTerms.join(', ')), ''));
  }
  blocks.push(renderRedFlags(term, question));
  const rubric = renderRubric(term, question);
  if (rubric !== undefined) blocks.push(rubric);
  blocks.push(
    term.color.dim(
      wrapText(
        `Type s at the prompt to read a strong answer first. The weak answer and every follow-up: prepdeck show ${question.id}`,
        term.width,
        '  ',
      ),
    ),
  );
  return blocks.join('\n\n');
}
