import type { QuestionType } from '../question-like.js';

/**
 * The fields of a question {@link reviewAnswer} reads: its type, its suggested answer
 * time, and the key points and key terms of its guidance. Every `Question` of
 * `@prepdeck/schema` is one; so is any object of your own with these fields.
 *
 * @example
 * ```ts
 * import type { CoachableQuestion } from '@prepdeck/sdk/coach';
 *
 * const mine: CoachableQuestion = {
 *   type: 'situational',
 *   estimatedMinutes: 3,
 *   guidance: {
 *     keyPoints: ['Checks the read history first.', 'Offers a payment arrangement.'],
 *     keyTerms: ['estimated read', 'payment arrangement'],
 *   },
 * };
 * ```
 */
export interface CoachableQuestion {
  /** The question type; a STAR review is given for `behavioral` questions only. */
  readonly type: QuestionType;
  /** Suggested answer time in whole minutes, if any. */
  readonly estimatedMinutes?: number | undefined;
  /** What a strong answer covers. */
  readonly guidance: {
    /** Things a strong answer covers. */
    readonly keyPoints: readonly string[];
    /** Domain terms a strong answer tends to use. */
    readonly keyTerms: readonly string[];
    /** Signs of a weak answer; those with cues are looked for in the answer. */
    readonly redFlags?:
      | readonly (
          | string
          | { readonly text: string; readonly cues?: readonly string[] | undefined }
        )[]
      | undefined;
    /** Follow-ups, from which the coach picks the one that probes what the answer missed. */
    readonly followUps?: readonly string[] | undefined;
  };
}
