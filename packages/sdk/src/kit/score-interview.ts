import { PrepdeckError } from '../prepdeck-error.js';
import { suggestion } from '../suggestion.js';
import type { InterviewPlan } from './interview-plan.js';
import { RUBRIC_LEVELS, type RubricLevel } from './rubric-levels.js';

/**
 * The panel's recommendation, from the mean rating: `strong-no` below 1.75, `no` below
 * 2.5, `yes` below 3.25, `strong-yes` from 3.25 (poor = 1, mixed = 2, good = 3,
 * excellent = 4).
 *
 * @example
 * ```ts
 * import type { InterviewBand } from '@prepdeck/sdk/kit';
 *
 * const hire = (band: InterviewBand) => band === 'yes' || band === 'strong-yes';
 * ```
 */
export type InterviewBand = 'strong-no' | 'no' | 'yes' | 'strong-yes';

/**
 * A mean rating and the rubric level nearest to it.
 *
 * @example
 * ```ts
 * import type { RatingSummary } from '@prepdeck/sdk/kit';
 *
 * const show = (s: RatingSummary) => `${s.level} (${s.mean.toFixed(2)} over ${s.questions})`;
 * ```
 */
export interface RatingSummary {
  /** The mean of the ratings, poor = 1 to excellent = 4. */
  readonly mean: number;
  /** The level nearest to the mean (halves round up). */
  readonly level: RubricLevel;
  /** How many rated questions it is the mean of. */
  readonly questions: number;
}

/**
 * What {@link scoreInterview} returns: the overall rating and band, a summary per
 * competency, and which planned questions were not rated.
 *
 * @example
 * ```ts
 * import type { InterviewScore } from '@prepdeck/sdk/kit';
 *
 * const line = (score: InterviewScore) => `${score.band}: ${score.overall.mean.toFixed(2)}`;
 * ```
 */
export interface InterviewScore {
  /** The recommendation, from the overall mean: see {@link InterviewBand}. */
  readonly band: InterviewBand;
  /** Over every rated question. */
  readonly overall: RatingSummary;
  /** Per competency of the rated questions, in the order they first appear in the plan. */
  readonly competencies: Readonly<Record<string, RatingSummary>>;
  /** Ids of planned questions without a rating, in plan order. */
  readonly unrated: readonly string[];
}

/**
 * The cut-offs of the bands on the mean rating: below `no` (1.75) is strong-no, below
 * `yes` (2.5) no, below `strong-yes` (3.25) yes, and strong-yes from there.
 *
 * @example
 * ```ts
 * import { BAND_THRESHOLDS } from '@prepdeck/sdk/kit';
 *
 * BAND_THRESHOLDS.yes; // 2.5
 * ```
 */
export const BAND_THRESHOLDS = { no: 1.75, yes: 2.5, 'strong-yes': 3.25 } as const;

function fail(message: string): never {
  throw new PrepdeckError('INVALID_ARGUMENT', `scoreInterview: ${message}`);
}

function summary(points: readonly number[]): RatingSummary {
  const mean = points.reduce((a, b) => a + b, 0) / points.length;
  const level = RUBRIC_LEVELS[Math.min(3, Math.floor(mean + 0.5) - 1)] as RubricLevel;
  return { mean, level, questions: points.length };
}

/**
 * Scores an interview from the panel's rating of each answer: the mean rating overall
 * and per competency (each question counts for every competency it assesses), and a
 * band. Unrated questions are left out and listed.
 *
 * @param plan - The plan the interview followed, from {@link planInterview}.
 * @param ratings - The rubric level given to each answered question, by question id.
 * @returns The {@link InterviewScore}.
 * @throws `PrepdeckError` (from `@prepdeck/sdk`) `INVALID_ARGUMENT` when a rating names a question that
 *   is not in the plan or is not a rubric level, or when nothing is rated.
 *
 * @example
 * ```ts
 * import { planInterview, scoreInterview } from '@prepdeck/sdk/kit';
 * import { bank } from '@prepdeck/questions';
 *
 * const plan = planInterview(bank, { minutes: 30, seed: 'panel-1' });
 * const ratings = Object.fromEntries(plan.items.map((item) => [item.question.id, 'good']));
 * scoreInterview(plan, ratings).band; // 'yes'
 * ```
 */
export function scoreInterview(
  plan: InterviewPlan,
  ratings: Readonly<Record<string, RubricLevel>>,
): InterviewScore {
  if (plan === null || typeof plan !== 'object' || !Array.isArray(plan.items)) {
    fail('expected a plan from planInterview.');
  }
  if (ratings === null || typeof ratings !== 'object' || Array.isArray(ratings)) {
    fail('ratings must be an object of question ids to rubric levels.');
  }
  const planned = plan.items.map((item) => item.question.id);
  for (const [id, level] of Object.entries(ratings)) {
    if (!planned.includes(id)) {
      fail(
        `"${id}" is not a question of this plan.${suggestion(id, planned)} Planned: ${planned.join(', ')}.`,
      );
    }
    if (!RUBRIC_LEVELS.includes(level)) {
      fail(
        `the rating of "${id}" is ${JSON.stringify(level)}.${suggestion(String(level), RUBRIC_LEVELS)} Valid levels: ${RUBRIC_LEVELS.join(', ')}.`,
      );
    }
  }
  const all: number[] = [];
  const byCompetency = new Map<string, number[]>();
  const unrated: string[] = [];
  for (const { question } of plan.items) {
    const level = Object.hasOwn(ratings, question.id) ? ratings[question.id] : undefined;
    if (level === undefined) {
      unrated.push(question.id);
      continue;
    }
    const points = RUBRIC_LEVELS.indexOf(level) + 1;
    all.push(points);
    for (const competency of question.competencies) {
      const list = byCompetency.get(competency) ?? [];
      list.push(points);
      byCompetency.set(competency, list);
    }
  }
  if (all.length === 0) fail('no question is rated; rate at least one answer.');
  const overall = summary(all);
  const band: InterviewBand =
    overall.mean < BAND_THRESHOLDS.no
      ? 'strong-no'
      : overall.mean < BAND_THRESHOLDS.yes
        ? 'no'
        : overall.mean < BAND_THRESHOLDS['strong-yes']
          ? 'yes'
          : 'strong-yes';
  return {
    band,
    overall,
    competencies: Object.fromEntries(
      [...byCompetency].map(([id, points]) => [id, summary(points)]),
    ),
    unrated,
  };
}
