import type { ExerciseLike, GuidanceLike } from '../guidance-like.js';
import type { QuestionLike, QuestionType } from '../question-like.js';

/**
 * The fields of a question an interview kit reads: those of {@link QuestionLike}, its
 * suggested minutes and its guidance (the rubric anchors when it has them), and the
 * exercise of an `exercise` question. Every `Question` of `@prepdeck/schema` is one.
 *
 * @example
 * ```ts
 * import type { KitQuestion } from '@prepdeck/sdk/kit';
 * import { questions } from '@prepdeck/questions';
 *
 * const first: KitQuestion | undefined = questions[0];
 * ```
 */
export interface KitQuestion extends QuestionLike {
  /** Suggested answer time in whole minutes. */
  readonly estimatedMinutes: number;
  /** What the interviewer assesses, the follow-ups and the rubric anchors. */
  readonly guidance: GuidanceLike;
  /** The exercise, for a question of type `exercise`. */
  readonly exercise?: ExerciseLike | undefined;
}

/**
 * One question of an interview plan, with the minutes planned for it and the follow-ups
 * to ask.
 *
 * @example
 * ```ts
 * import type { InterviewItem } from '@prepdeck/sdk/kit';
 *
 * const label = (item: InterviewItem) => `${item.question.text} (${item.minutes} min)`;
 * ```
 */
export interface InterviewItem<Q extends KitQuestion = KitQuestion> {
  /** `warm-up` for the opening question, `exercise` for an exercise, `question` otherwise. */
  readonly part: 'warm-up' | 'question' | 'exercise';
  /** The question, as it is in the source. */
  readonly question: Q;
  /**
   * Minutes planned: the question's `estimatedMinutes`, plus one minute per follow-up,
   * plus an exercise's preparation time.
   */
  readonly minutes: number;
  /** The follow-ups to ask: the question's first two (or fewer when it has fewer). */
  readonly followUps: readonly string[];
}

/**
 * An interview planned by {@link planInterview}: its questions in the order to ask
 * them, the time they take, and what they cover. Plain JSON apart from the questions,
 * which are the source's own objects.
 *
 * @example
 * ```ts
 * import type { InterviewPlan } from '@prepdeck/sdk/kit';
 *
 * const summary = (plan: InterviewPlan) =>
 *   `${plan.items.length} questions, ${plan.plannedMinutes} of ${plan.minutes} minutes`;
 * ```
 */
export interface InterviewPlan<Q extends KitQuestion = KitQuestion> {
  /** The seed the plan was made with: the same seed and bank give the same plan. */
  readonly seed: string;
  /** The time budget asked for, in minutes. */
  readonly minutes: number;
  /** The minutes the items take together: between 80% and 100% of `minutes`. */
  readonly plannedMinutes: number;
  /** The questions, in the order to ask them: the warm-up first, an exercise last. */
  readonly items: readonly InterviewItem<Q>[];
  /** How many planned questions fall in each category, competency and type. */
  readonly coverage: {
    readonly categories: Readonly<Record<string, number>>;
    readonly competencies: Readonly<Record<string, number>>;
    readonly types: Readonly<Partial<Record<QuestionType, number>>>;
  };
}
