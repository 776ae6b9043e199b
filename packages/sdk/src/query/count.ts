import type { QuestionLike, QuestionSource } from '../question-like.js';
import { compileCriteria } from './compile-criteria.js';
import type { Criteria } from './criteria.js';
import { matchesCriteria } from './matches-criteria.js';
import { pagedLength } from './order-and-page.js';
import { resolveSource } from './resolve-source.js';

/**
 * Counts the questions {@link query} would return for the same criteria (after `offset`
 * and `limit`), without building the result.
 *
 * @param source - A bank, or an array of questions.
 * @param criteria - What to count; omit to count everything.
 * @returns The number of results.
 * @throws {@link PrepdeckError} as {@link query} does.
 *
 * @example
 * ```ts
 * import { count } from '@prepdeck/sdk';
 * import { bank } from '@prepdeck/questions';
 *
 * count(bank, { seniority: 'director', types: 'situational' }); // a number
 * ```
 * @category Querying
 */
export function count<Q extends QuestionLike>(
  source: QuestionSource<Q>,
  criteria?: Criteria<Q>,
): number {
  const { questions, vocabulary } = resolveSource(source);
  const compiled = compileCriteria(criteria, vocabulary);
  let matches = 0;
  for (const question of questions) if (matchesCriteria(question, compiled)) matches++;
  return pagedLength(matches, compiled);
}
