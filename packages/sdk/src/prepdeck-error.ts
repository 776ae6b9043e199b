/**
 * The machine-readable reason of a {@link PrepdeckError}:
 *
 * - `INVALID_CRITERIA`: a query criterion is unknown, of the wrong type, or names a value
 *   that does not exist.
 * - `INVALID_SEED`: a seed is neither a string nor a safe integer.
 * - `INVALID_ARGUMENT`: another argument is of the wrong type or out of range.
 * - `NOT_ENOUGH_QUESTIONS`: more items were asked for than the pool holds.
 * - `DECK_EXHAUSTED`: a deck with `onExhausted: 'throw'` was asked for more than it has.
 * - `INVALID_DECK_STATE`: a saved deck state is corrupt or from an unknown version.
 *
 * @example
 * ```ts
 * import type { PrepdeckErrorCode } from '@prepdeck/sdk';
 *
 * const code: PrepdeckErrorCode = 'INVALID_SEED';
 * ```
 * @category Errors
 */
export type PrepdeckErrorCode =
  | 'INVALID_CRITERIA'
  | 'INVALID_SEED'
  | 'INVALID_ARGUMENT'
  | 'NOT_ENOUGH_QUESTIONS'
  | 'DECK_EXHAUSTED'
  | 'INVALID_DECK_STATE';

/**
 * The error every SDK function throws for bad input. `code` says what kind of problem it
 * is; `message` says what was wrong and what is valid.
 *
 * @example
 * ```ts
 * import { PrepdeckError, shuffle } from '@prepdeck/sdk';
 *
 * try {
 *   shuffle([1, 2, 3], { seed: Number.NaN });
 * } catch (error) {
 *   if (error instanceof PrepdeckError && error.code === 'INVALID_SEED') {
 *     console.log(error.message);
 *   }
 * }
 * ```
 * @category Errors
 */
export class PrepdeckError extends Error {
  /** What kind of problem this is. */
  declare readonly code: PrepdeckErrorCode;

  /**
   * @param code - What kind of problem this is.
   * @param message - What was wrong and what is valid.
   */
  constructor(code: PrepdeckErrorCode, message: string) {
    super(message);
    this.name = 'PrepdeckError';
    this.code = code;
  }
}
