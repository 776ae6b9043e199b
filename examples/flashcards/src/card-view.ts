import { categories, type questions } from '@prepdeck/questions';
import { byTestId, fillList } from './dom.js';

/** A question of the bank. */
export type Question = (typeof questions)[number];

const categoryTitles = new Map(categories.map((category) => [category.id, category.title]));

const label = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const LEVELS = ['poor', 'mixed', 'good', 'excellent'] as const;

/** Fills a definition list with the four rubric levels, weakest first. */
function fillRubric(list: HTMLDListElement, rubric: Question['guidance']['rubric']): void {
  list.replaceChildren();
  list.hidden = rubric === undefined;
  if (rubric === undefined) return;
  for (const level of LEVELS) {
    const term = document.createElement('dt');
    term.textContent = label(level);
    term.className = `level-${level}`;
    const anchor = document.createElement('dd');
    anchor.textContent = rubric[level];
    list.append(term, anchor);
  }
}

/** The card element and its parts, filled in for one question at a time. */
export function createCardView(root: ParentNode = document) {
  const card = byTestId('card', HTMLElement, root);
  const parts = {
    category: byTestId('card-category', HTMLElement, root),
    type: byTestId('card-type', HTMLElement, root),
    difficulty: byTestId('card-difficulty', HTMLElement, root),
    question: byTestId('card-question', HTMLElement, root),
    flip: byTestId('flip', HTMLButtonElement, root),
    guidance: byTestId('guidance', HTMLElement, root),
    intent: byTestId('intent', HTMLElement, root),
    keyPoints: byTestId('key-points', HTMLUListElement, root),
    redFlags: byTestId('red-flags', HTMLUListElement, root),
    rubric: byTestId('rubric', HTMLDListElement, root),
    weakAnswer: byTestId('weak-answer', HTMLElement, root),
    sampleAnswer: byTestId('sample-answer', HTMLElement, root),
    keyTerms: byTestId('key-terms', HTMLUListElement, root),
    followUps: byTestId('follow-ups', HTMLUListElement, root),
  };

  return {
    flipButton: parts.flip,
    show(question: Question | undefined, flipped: boolean): void {
      card.hidden = question === undefined;
      if (question === undefined) return;
      card.dataset.questionId = question.id;
      parts.category.textContent = categoryTitles.get(question.category) ?? question.category;
      parts.type.textContent = label(question.type);
      parts.difficulty.textContent = label(question.difficulty);
      parts.question.textContent = question.text;
      parts.intent.textContent = question.guidance.intent;
      fillList(parts.keyPoints, question.guidance.keyPoints);
      fillList(
        parts.redFlags,
        question.guidance.redFlags.map((flag) => flag.text),
      );
      fillRubric(parts.rubric, question.guidance.rubric);
      parts.weakAnswer.textContent = question.guidance.weakAnswer ?? '';
      parts.weakAnswer.closest('section')?.toggleAttribute('hidden', !question.guidance.weakAnswer);
      parts.sampleAnswer.textContent = question.guidance.sampleAnswer;
      fillList(parts.keyTerms, question.guidance.keyTerms);
      parts.keyTerms
        .closest('section')
        ?.toggleAttribute('hidden', question.guidance.keyTerms.length === 0);
      fillList(parts.followUps, question.guidance.followUps);
      this.flip(flipped);
    },
    flip(flipped: boolean): void {
      parts.guidance.hidden = !flipped;
      parts.flip.setAttribute('aria-expanded', String(flipped));
      parts.flip.textContent = flipped ? 'Hide answer' : 'Flip';
      card.classList.toggle('is-flipped', flipped);
    },
  };
}
