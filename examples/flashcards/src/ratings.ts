/** How well a card was answered, from worst to best. */
export type Rating = 'again' | 'hard' | 'good' | 'easy';

export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** One rated card. */
export interface RatedCard {
  readonly id: string;
  readonly rating: Rating;
}

export function isRating(value: unknown): value is Rating {
  return RATINGS.some((rating) => rating === value);
}

export function readRatings(value: unknown): RatedCard[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') return [];
    const { id, rating } = entry as Record<string, unknown>;
    return typeof id === 'string' && isRating(rating) ? [{ id, rating }] : [];
  });
}

/** How many cards got each rating. */
export function tally(ratings: readonly RatedCard[]): Record<Rating, number> {
  const counts: Record<Rating, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  for (const { rating } of ratings) counts[rating]++;
  return counts;
}
