import type { QuestionLike, QuestionSource } from '../question-like.js';
import { compileCriteria } from './compile-criteria.js';
import type { Criteria } from './criteria.js';
import { matchesCriteria } from './matches-criteria.js';
import { orderAndPage } from './order-and-page.js';
import { resolveSource } from './resolve-source.js';

/**
 * Selects questions. Values within one criterion are alternatives (OR), criteria must all
 * hold (AND), and an empty list means no constraint. Results keep source order, or a
 * seeded shuffle of the matches when `seed` is given; then `offset` and `limit` apply.
 * With a bank as source, category, role, competency and tag values are checked against
 * its vocabularies; with an array, only types, difficulties and seniority levels are.
 *
 * @param source - A bank, or an array of questions.
 * @param criteria - What to select; omit for everything.
 * @returns A new array of the matching questions (your objects, not copies).
 * @throws {@link PrepdeckError} `INVALID_CRITERIA` for an unknown key or value, or a value
 *   of the wrong type, naming what is valid (with a "did you mean" for near misses);
 *   `INVALID_SEED` for a bad seed.
 *
 * @example
 * ```ts
 * import { query } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * query(bank, {
 *   categories: 'billing-and-metering',
 *   difficulty: { min: 'intermediate' },
 *   text: 'estimated',
 * }).map((q) => q.id);
 * // ['high-bill-after-estimated-reads', ...]
 *
 * query(bank, { types: 'behavioral', seed: 'demo', limit: 3 }); // 3 random behavioral questions
 * ```
 * @category Querying
 */
export function query<Q extends QuestionLike>(
  source: QuestionSource<Q>,
  criteria?: Criteria<Q>,
): Q[] {
  const { questions, vocabulary } = resolveSource(source);
  const compiled = compileCriteria(criteria, vocabulary);
  const matches: Q[] = [];
  for (const question of questions) if (matchesCriteria(question, compiled)) matches.push(question);
  return orderAndPage(matches, compiled);
}
