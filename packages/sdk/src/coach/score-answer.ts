/**
 * A review's level, from its score: `poor` below 30, `mixed` below 50, `good` below 70,
 * `excellent` from 70.
 *
 * @example
 * ```ts
 * import type { AnswerLevel } from '@prepdeck/sdk/coach';
 *
 * const level: AnswerLevel = 'good';
 * ```
 */
export type AnswerLevel = 'poor' | 'mixed' | 'good' | 'excellent';

/**
 * The lowest score of each level above `poor`.
 *
 * @example
 * ```ts
 * import { SCORE_BANDS } from '@prepdeck/sdk/coach';
 *
 * SCORE_BANDS.good; // 50
 * ```
 */
export const SCORE_BANDS = Object.freeze({ mixed: 30, good: 50, excellent: 70 });

/**
 * The weights of the score, out of 100 before deductions: key points covered, key terms
 * used, STAR parts (behavioral questions only; their weight goes to key points otherwise)
 * and fit to the suggested time.
 *
 * @example
 * ```ts
 * import { SCORE_WEIGHTS } from '@prepdeck/sdk/coach';
 *
 * SCORE_WEIGHTS.keyPoints; // 60
 * ```
 */
export const SCORE_WEIGHTS = Object.freeze({ keyPoints: 60, keyTerms: 10, star: 15, time: 15 });

/**
 * Deductions: per red flag found (up to `redFlagsMax`), for the share of the answer that
 * is bare lists of terms (`keywordList` for all of it), per management buzzword past the
 * first (up to `buzzwordsMax`), and per key term repeated four times or more (up to
 * `repeatedMax`).
 *
 * @example
 * ```ts
 * import { SCORE_DEDUCTIONS } from '@prepdeck/sdk/coach';
 *
 * SCORE_DEDUCTIONS.redFlag; // 15
 * ```
 */
export const SCORE_DEDUCTIONS = Object.freeze({
  redFlag: 15,
  redFlagsMax: 30,
  keywordList: 40,
  buzzword: 4,
  buzzwordsMax: 24,
  repeated: 5,
  repeatedMax: 15,
});

/** The parts of a score, each 0 to 1 but the counts. */
export interface ScoreParts {
  readonly keyPoints: number;
  readonly keyTerms: number;
  readonly star: number | undefined;
  readonly time: number;
  readonly redFlags: number;
  readonly listShare: number;
  readonly buzzwords: number;
  readonly repeated: number;
}

/**
 * How well the spoken length fits the suggested time: 1 from half to one and a half times
 * it, less below (in proportion) and above (down to 0.4).
 */
export function timeFit(speakingSeconds: number, targetSeconds: number | undefined): number {
  if (targetSeconds === undefined || targetSeconds <= 0) return 1;
  const ratio = speakingSeconds / targetSeconds;
  if (ratio < 0.5) return ratio / 0.5;
  if (ratio > 1.5) return Math.max(0.4, 1 - (ratio - 1.5));
  return 1;
}

/** The score, 0 to 100, from its parts: weighted coverage minus deductions. */
export function scoreAnswer(parts: ScoreParts): number {
  const w = SCORE_WEIGHTS;
  const d = SCORE_DEDUCTIONS;
  const star = parts.star;
  const base =
    star === undefined
      ? (w.keyPoints + w.star) * parts.keyPoints + w.keyTerms * parts.keyTerms + w.time * parts.time
      : w.keyPoints * parts.keyPoints +
        w.keyTerms * parts.keyTerms +
        w.star * star +
        w.time * parts.time;
  const deductions =
    Math.min(d.redFlagsMax, d.redFlag * parts.redFlags) +
    d.keywordList * parts.listShare +
    Math.min(d.buzzwordsMax, d.buzzword * Math.max(0, parts.buzzwords - 1)) +
    Math.min(d.repeatedMax, d.repeated * parts.repeated);
  return Math.max(0, Math.min(100, Math.round(base - deductions)));
}

/** The level of a score, by {@link SCORE_BANDS}. */
export function levelOf(score: number): AnswerLevel {
  if (score >= SCORE_BANDS.excellent) return 'excellent';
  if (score >= SCORE_BANDS.good) return 'good';
  if (score >= SCORE_BANDS.mixed) return 'mixed';
  return 'poor';
}
