import { shuffle } from '../shuffle.js';
import type { CompiledCriteria } from './compile-criteria.js';

/** Applies the seeded shuffle (when a seed is given), then offset and limit. */
export function orderAndPage<T>(matches: T[], c: CompiledCriteria<never>): T[] {
  const ordered = c.seed === undefined ? matches : shuffle(matches, { seed: c.seed });
  return ordered.slice(c.offset, c.offset + c.limit);
}

/** How many results remain of `matches` after offset and limit. */
export function pagedLength(matches: number, c: CompiledCriteria<never>): number {
  return Math.max(0, Math.min(c.limit, matches - c.offset));
}
