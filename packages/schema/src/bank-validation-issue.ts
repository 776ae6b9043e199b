/**
 * One problem found while validating a bank.
 *
 * @example
 * ```ts
 * import type { BankValidationIssue } from '@prepdeck/schema';
 *
 * const issue: BankValidationIssue = {
 *   path: 'questions[12].category',
 *   message: 'Unknown category "billing". Valid categories: billing-and-metering, key-accounts',
 * };
 * ```
 * @category Parsing
 */
export interface BankValidationIssue {
  /**
   * Where the problem is, as a JavaScript-style property path from the bank's root, such
   * as `questions[12].category`. The empty string means the bank itself.
   */
  readonly path: string;
  /** What is wrong, and where it helps, what is valid. */
  readonly message: string;
}
