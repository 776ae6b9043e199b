import type { QuestionLike } from '../question-like.js';
import type { CompiledCriteria } from './compile-criteria.js';
import { normalizeWords } from './normalize-words.js';

const someIn = (values: readonly string[], set: ReadonlySet<string>) =>
  values.some((v) => set.has(v));

/** Whether one question meets compiled criteria (every criterion but order and paging). */
export function matchesCriteria<Q extends QuestionLike>(
  question: Q,
  c: CompiledCriteria<Q>,
): boolean {
  if (c.ids && !c.ids.has(question.id)) return false;
  if (c.exclude?.has(question.id)) return false;
  if (c.categories && !c.categories.has(question.category)) return false;
  if (c.types && !c.types.has(question.type)) return false;
  if (c.difficulty && !c.difficulty.has(question.difficulty)) return false;
  if (c.roles && !someIn(question.roles, c.roles)) return false;
  if (c.seniority && !someIn(question.seniority, c.seniority as ReadonlySet<string>)) return false;
  if (c.competencies && !someIn(question.competencies, c.competencies)) return false;
  if (c.tagsAny && !someIn(question.tags, c.tagsAny)) return false;
  if (c.tagsNone && someIn(question.tags, c.tagsNone)) return false;
  if (c.tagsAll && !c.tagsAll.every((tag) => question.tags.includes(tag))) return false;
  if (c.place && !c.place(question.jurisdictions ?? [])) return false;
  if (c.terms.length > 0) {
    const words = normalizeWords(question.text);
    for (const term of c.terms) {
      if (!words.some((word) => word.startsWith(term))) return false;
    }
  }
  if (c.where && !c.where(question)) return false;
  return true;
}
