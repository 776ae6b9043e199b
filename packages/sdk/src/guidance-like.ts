/**
 * A red flag as the SDK reads it: `{ text, cues }` as in a parsed bank, or a plain string
 * (its text, with no cues).
 *
 * @example
 * ```ts
 * import type { RedFlagLike } from '@prepdeck/sdk';
 *
 * const flags: RedFlagLike[] = [
 *   { text: 'Defends the bill first.', cues: ['the bill is correct'] },
 *   'Promises a credit too early.',
 * ];
 * ```
 * @category Question model
 */
export type RedFlagLike =
  | string
  | {
      /** The sign of a weak answer. */
      readonly text: string;
      /** Phrases that give it away in an answer. */
      readonly cues?: readonly string[] | undefined;
    };

/**
 * A question's rubric: what an answer at each of the four levels sounds like.
 *
 * @example
 * ```ts
 * import type { RubricLike } from '@prepdeck/sdk';
 *
 * const rubric: RubricLike = {
 *   poor: 'Defends the bill before checking anything.',
 *   mixed: 'Checks the reads but offers no remedy.',
 *   good: 'Checks reads, widens the investigation, offers an arrangement.',
 *   excellent: 'Also fixes why the reads were missed.',
 * };
 * ```
 * @category Question model
 */
export interface RubricLike {
  readonly poor: string;
  readonly mixed: string;
  readonly good: string;
  readonly excellent: string;
}

/**
 * The guidance of a question as the SDK reads it. Every `Guidance` of `@prepdeck/schema`
 * is one.
 *
 * @example
 * ```ts
 * import type { GuidanceLike } from '@prepdeck/sdk';
 *
 * const guidance: GuidanceLike = {
 *   intent: 'Whether the candidate investigates before defending the bill.',
 *   keyPoints: ['Checks the read history first.'],
 *   redFlags: ['Defends the bill first.'],
 *   sampleAnswer: 'I would check the read history first...',
 *   followUps: ['What if the meter tests accurate?'],
 *   keyTerms: ['read history'],
 * };
 * ```
 * @category Question model
 */
export interface GuidanceLike {
  /** What the interviewer is assessing with this question. */
  readonly intent: string;
  /** Things a strong answer covers. */
  readonly keyPoints: readonly string[];
  /** Signs of a weak answer. */
  readonly redFlags: readonly RedFlagLike[];
  /** What an answer at each level sounds like, when the question has a rubric. */
  readonly rubric?: RubricLike | undefined;
  /** A realistic weak answer, when the question has one. */
  readonly weakAnswer?: string | undefined;
  /** A model answer in the first person. */
  readonly sampleAnswer: string;
  /** Probing follow-up questions an interviewer may ask next. */
  readonly followUps: readonly string[];
  /** Domain terms a strong answer tends to use. */
  readonly keyTerms: readonly string[];
}

/**
 * The exercise of a question of type `exercise`, as the SDK reads it.
 *
 * @example
 * ```ts
 * import type { ExerciseLike } from '@prepdeck/sdk';
 *
 * const exercise: ExerciseLike = {
 *   format: 'in-tray',
 *   prepMinutes: 20,
 *   brief: 'Prioritise these eight items.',
 *   materials: '1. An email from the regulator...',
 * };
 * ```
 * @category Question model
 */
export interface ExerciseLike {
  /** `in-tray`, `data-interpretation`, `presentation` or `role-play`. */
  readonly format: string;
  /** Minutes to prepare before responding. */
  readonly prepMinutes: number;
  /** The instructions given to the candidate. */
  readonly brief: string;
  /** Markdown handed to the candidate. */
  readonly materials: string;
}
