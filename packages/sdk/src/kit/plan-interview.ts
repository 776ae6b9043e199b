import { PrepdeckError } from '../prepdeck-error.js';
import type { OneOrMany } from '../query/criteria.js';
import { query } from '../query/query.js';
import type { QuestionSource, QuestionType, Seniority } from '../question-like.js';
import type { Seed } from '../random/seed.js';
import { seedKey } from '../random/seed.js';
import { shuffle } from '../shuffle.js';
import { suggestion } from '../suggestion.js';
import type { InterviewItem, InterviewPlan, KitQuestion } from './interview-plan.js';

/**
 * What {@link planInterview} plans: the time budget, a seed, and the filters that say
 * which questions may be asked.
 *
 * @example
 * ```ts
 * import type { InterviewOptions } from '@prepdeck/sdk/kit';
 *
 * const options: InterviewOptions = { minutes: 45, seed: 'panel-1', seniority: 'manager' };
 * ```
 */
export interface InterviewOptions {
  /** The time budget in minutes; the plan fills 80% to 100% of it. */
  readonly minutes: number;
  /** Makes the plan reproducible. Omit it for a fresh plan; the plan records its seed. */
  readonly seed?: Seed | undefined;
  /** Questions that fit any of these seniority levels. */
  readonly seniority?: OneOrMany<Seniority> | undefined;
  /** Questions for any of these roles. */
  readonly roles?: OneOrMany<string> | undefined;
  /** Questions that hold in these jurisdictions (portable ones included), as in `query`. */
  readonly jurisdictions?: OneOrMany<string> | undefined;
  /** Questions in any of these categories. */
  readonly categories?: OneOrMany<string> | undefined;
  /** Questions that assess any of these competencies. */
  readonly competencies?: OneOrMany<string> | undefined;
  /** Questions of any of these types (exercises still need `exercise: true`). */
  readonly types?: OneOrMany<QuestionType> | undefined;
  /** Adds one exercise, last, when one fits. Default `false`: no exercises. */
  readonly exercise?: boolean | undefined;
}

const OPTION_KEYS = [
  'minutes',
  'seed',
  'seniority',
  'roles',
  'jurisdictions',
  'categories',
  'competencies',
  'types',
  'exercise',
];
const FILTER_KEYS = ['seniority', 'roles', 'jurisdictions', 'categories', 'competencies', 'types'];

/** Minutes planned for each follow-up asked. */
const FOLLOW_UP_MINUTES = 1;
/** Follow-ups planned per question. */
const FOLLOW_UPS = 2;
/** The least share of the budget a plan fills. */
const MIN_FILL = 0.8;
const DIFFICULTY_RANK: Readonly<Record<string, number>> = {
  foundational: 0,
  intermediate: 1,
  advanced: 2,
};

function fail(code: 'INVALID_ARGUMENT' | 'NOT_ENOUGH_QUESTIONS', message: string): never {
  throw new PrepdeckError(code, `planInterview: ${message}`);
}

function readOptions(options: unknown): InterviewOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', 'options must be an object with at least { minutes }.');
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) {
      fail(
        'INVALID_ARGUMENT',
        `unknown option "${key}".${suggestion(key, OPTION_KEYS)} Valid options: ${OPTION_KEYS.join(', ')}.`,
      );
    }
  }
  const { minutes, exercise } = options as Record<string, unknown>;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
    fail(
      'INVALID_ARGUMENT',
      `"minutes" must be a number of minutes above 0, got ${typeof minutes === 'number' ? minutes : (JSON.stringify(minutes) ?? typeof minutes)}.`,
    );
  }
  if (exercise !== undefined && typeof exercise !== 'boolean') {
    fail('INVALID_ARGUMENT', `"exercise" must be true or false, got ${JSON.stringify(exercise)}.`);
  }
  return options as InterviewOptions;
}

function checkQuestion(question: KitQuestion): void {
  const { estimatedMinutes, guidance } = question;
  if (!Number.isSafeInteger(estimatedMinutes) || estimatedMinutes < 1) {
    fail(
      'INVALID_ARGUMENT',
      `question "${question.id}" has no estimatedMinutes (a whole number from 1 up) to plan with.`,
    );
  }
  if (!Array.isArray(guidance?.followUps)) {
    fail('INVALID_ARGUMENT', `question "${question.id}" has no guidance.followUps to plan with.`);
  }
  if (question.type === 'exercise' && typeof question.exercise?.prepMinutes !== 'number') {
    fail('INVALID_ARGUMENT', `exercise "${question.id}" has no exercise.prepMinutes to plan with.`);
  }
}

function itemFor<Q extends KitQuestion>(
  question: Q,
  part: InterviewItem['part'],
): InterviewItem<Q> {
  const followUps = question.guidance.followUps.slice(0, FOLLOW_UPS);
  const prep = question.type === 'exercise' ? (question.exercise?.prepMinutes ?? 0) : 0;
  return {
    part,
    question,
    minutes: question.estimatedMinutes + prep + followUps.length * FOLLOW_UP_MINUTES,
    followUps,
  };
}

const isWarmUp = (q: KitQuestion) => q.type === 'general' && q.difficulty === 'foundational';

/** How much a question adds to a plan that already covers what `seen` counts. */
function gain(q: KitQuestion, seen: Map<string, number>): number {
  const times = (key: string) => seen.get(key) ?? 0;
  let score = 0;
  if ((q.type === 'behavioral' || q.type === 'situational') && times(`type:${q.type}`) === 0)
    score += 4;
  score += times(`category:${q.category}`) === 0 ? 2 : -times(`category:${q.category}`);
  score += Math.min(2, q.competencies.filter((c) => times(`competency:${c}`) === 0).length);
  if (times(`difficulty:${q.difficulty}`) === 0) score += 0.5;
  if (times(`type:${q.type}`) > 0) score -= 0.25 * times(`type:${q.type}`);
  return score;
}

function note(seen: Map<string, number>, q: KitQuestion): void {
  for (const key of [
    `type:${q.type}`,
    `category:${q.category}`,
    `difficulty:${q.difficulty}`,
    ...q.competencies.map((c) => `competency:${c}`),
  ]) {
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
}

const total = (items: readonly InterviewItem[]) => items.reduce((sum, i) => sum + i.minutes, 0);

/**
 * Plans a structured interview that fits a time budget: a warm-up first (a foundational
 * `general` question where one matches), then questions that mix behavioral and
 * situational ones and spread across categories, competencies and difficulties, in
 * rising difficulty, and one exercise last when `exercise` is set. Each question is
 * planned at its `estimatedMinutes` plus one minute for each of its first two
 * follow-ups (an exercise adds its preparation time). The planned minutes come to
 * between 80% and 100% of `minutes`. The same seed and source give the same plan.
 *
 * @param source - A bank (filter values are checked against it) or an array of questions.
 * @param options - The budget, the seed and the filters: see {@link InterviewOptions}.
 * @returns The {@link InterviewPlan}.
 * @throws `PrepdeckError` (from `@prepdeck/sdk`) `INVALID_ARGUMENT` for bad options (minutes of 0 or
 *   less, unknown keys) or questions without minutes or follow-ups; `INVALID_CRITERIA`
 *   for filter values the bank does not have; `NOT_ENOUGH_QUESTIONS` when no question
 *   matches, when even the shortest one does not fit the budget, or when the matching
 *   questions cannot fill 80% of it.
 *
 * @example
 * ```ts
 * import { planInterview } from '@prepdeck/sdk/kit';
 * import { bank } from '@prepdeck/questions';
 *
 * const plan = planInterview(bank, { minutes: 45, seniority: 'manager', seed: 'panel-1' });
 * plan.items[0]?.part; // 'warm-up'
 * plan.plannedMinutes <= 45; // true
 * ```
 */
export function planInterview<Q extends KitQuestion>(
  source: QuestionSource<Q>,
  options: InterviewOptions,
): InterviewPlan<Q> {
  const { minutes, exercise = false, ...rest } = readOptions(options);
  const seed =
    rest.seed === undefined
      ? crypto.getRandomValues(new Uint32Array(2)).join('-')
      : seedKey(rest.seed);
  const criteria = Object.fromEntries(
    FILTER_KEYS.flatMap((key) => {
      const value = (rest as Record<string, unknown>)[key];
      return value === undefined ? [] : [[key, value]];
    }),
  );
  const matching = query(source, criteria);
  for (const q of matching) checkQuestion(q);
  const pool = shuffle(
    matching.filter((q) => exercise || q.type !== 'exercise'),
    { seed },
  );
  if (pool.length === 0) {
    const filters = Object.keys(criteria);
    fail(
      'NOT_ENOUGH_QUESTIONS',
      filters.length === 0
        ? 'the source has no questions to plan with.'
        : `no questions match ${filters.map((key) => `${key} ${JSON.stringify(criteria[key])}`).join(', ')}.`,
    );
  }
  const candidates = pool.map((q) => itemFor(q, q.type === 'exercise' ? 'exercise' : 'question'));
  const shortest = Math.min(...candidates.map((item) => item.minutes));
  if (shortest > minutes) {
    fail(
      'NOT_ENOUGH_QUESTIONS',
      `the shortest matching question takes ${shortest} minutes with its follow-ups; a budget of ${minutes} minutes fits none.`,
    );
  }

  const attempt = (withWarmUp: boolean) => {
    const used = new Set<Q>();
    const seen = new Map<string, number>();
    let warmUp: InterviewItem<Q> | undefined;
    const tests = withWarmUp
      ? [isWarmUp, (q: KitQuestion) => q.type === 'general', () => true]
      : [];
    for (const test of tests) {
      const found = candidates.find(
        (item) => item.part === 'question' && test(item.question) && item.minutes <= minutes,
      );
      if (found) {
        warmUp = { ...found, part: 'warm-up' };
        break;
      }
    }
    let planned = warmUp?.minutes ?? 0;
    if (warmUp) {
      used.add(warmUp.question);
      note(seen, warmUp.question);
    }
    let finalExercise: InterviewItem<Q> | undefined;
    if (exercise) {
      finalExercise = candidates.find(
        (item) => item.part === 'exercise' && planned + item.minutes <= minutes,
      );
      if (finalExercise) {
        planned += finalExercise.minutes;
        used.add(finalExercise.question);
        note(seen, finalExercise.question);
      }
    }

    const core: InterviewItem<Q>[] = [];
    const fill = () => {
      for (;;) {
        let best: InterviewItem<Q> | undefined;
        let bestGain = Number.NEGATIVE_INFINITY;
        for (const item of candidates) {
          if (item.part !== 'question' || used.has(item.question)) continue;
          if (planned + item.minutes > minutes) continue;
          const score = gain(item.question, seen);
          if (score > bestGain) {
            best = item;
            bestGain = score;
          }
        }
        if (best === undefined) return;
        core.push(best);
        used.add(best.question);
        note(seen, best.question);
        planned += best.minutes;
      }
    };
    fill();
    // Short of 80%: swap a planned question for another that still fits and leaves room
    // for the most minutes once the plan is filled again (a longer one, or a shorter one
    // that makes room for one more), until the plan is full enough or no swap helps.
    for (let round = 0; planned < MIN_FILL * minutes && round < 20; round++) {
      // Unused questions by length: the first of each length, and how many there are.
      const unused = new Map<number, { first: InterviewItem<Q>; count: number }>();
      for (const other of candidates) {
        if (other.part !== 'question' || used.has(other.question)) continue;
        const entry = unused.get(other.minutes);
        if (entry) entry.count++;
        else unused.set(other.minutes, { first: other, count: 1 });
      }
      /** The most minutes one unused question adds in `room`, leaving `taken` out. */
      const bestFit = (room: number, taken: number) => {
        let best = 0;
        for (const [length, { count }] of unused) {
          const left = count - (length === taken ? 1 : 0);
          if (left > 0 && length <= room && length > best) best = length;
        }
        return best;
      };
      let swap: [number, InterviewItem<Q>] | undefined;
      let bestReach = planned;
      core.forEach((item, index) => {
        for (const [length, { first: other }] of unused) {
          const next = planned - item.minutes + length;
          if (next > minutes) continue;
          const reach = next + bestFit(minutes - next, length);
          if (reach > bestReach) {
            swap = [index, other];
            bestReach = reach;
          }
        }
      });
      if (swap === undefined) break;
      const [index, other] = swap;
      const out = core[index] as InterviewItem<Q>;
      used.delete(out.question);
      used.add(other.question);
      core[index] = other;
      planned += other.minutes - out.minutes;
      fill();
    }
    return { warmUp, core, finalExercise, planned };
  };
  // A budget too short for a warm-up and a question is planned without the warm-up.
  let chosen = attempt(true);
  if (chosen.planned < MIN_FILL * minutes) chosen = attempt(false);
  const { warmUp, core, finalExercise, planned } = chosen;
  if (planned < MIN_FILL * minutes) {
    fail(
      'NOT_ENOUGH_QUESTIONS',
      `the matching questions fill only ${planned} of ${minutes} minutes, and a plan fills at least ${MIN_FILL * 100}%: widen the filters or plan a shorter interview.`,
    );
  }

  core.sort(
    (a, b) =>
      (DIFFICULTY_RANK[a.question.difficulty] ?? 0) - (DIFFICULTY_RANK[b.question.difficulty] ?? 0),
  );
  const items = [...(warmUp ? [warmUp] : []), ...core, ...(finalExercise ? [finalExercise] : [])];
  const tally = (keys: (q: Q) => readonly string[]) => {
    const out: Record<string, number> = {};
    for (const { question } of items)
      for (const key of keys(question)) out[key] = (out[key] ?? 0) + 1;
    return out;
  };
  return {
    seed,
    minutes,
    plannedMinutes: total(items),
    items,
    coverage: {
      categories: tally((q) => [q.category]),
      competencies: tally((q) => q.competencies),
      types: tally((q) => [q.type]),
    },
  };
}
