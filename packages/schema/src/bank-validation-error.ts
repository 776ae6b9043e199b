import type { BankValidationIssue } from './bank-validation-issue.js';

const SHOWN_IN_MESSAGE = 10;

/**
 * Thrown by {@link parseBank} when a bank is invalid. `issues` lists every problem
 * found; `message` shows the first ten in readable form.
 *
 * @example
 * ```ts
 * import { BankValidationError, parseBank } from '@prepdeck/schema';
 *
 * try {
 *   parseBank({ roles: [] });
 * } catch (error) {
 *   if (error instanceof BankValidationError) {
 *     console.log(error.issues.map((issue) => issue.path));
 *   }
 * }
 * ```
 * @category Parsing
 */
export class BankValidationError extends Error {
  /** Every problem found, in the order they were found. */
  readonly issues: readonly BankValidationIssue[];

  /**
   * @param issues - The problems found; at least one.
   */
  constructor(issues: readonly BankValidationIssue[]) {
    super(formatMessage(issues));
    this.name = 'BankValidationError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

function formatMessage(issues: readonly BankValidationIssue[]): string {
  const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
  const lines = issues
    .slice(0, SHOWN_IN_MESSAGE)
    .map((issue) => `  - ${issue.path === '' ? '(bank)' : issue.path}: ${issue.message}`);
  if (issues.length > SHOWN_IN_MESSAGE) {
    lines.push(`  ... and ${issues.length - SHOWN_IN_MESSAGE} more (see error.issues)`);
  }
  return `Invalid bank: ${count} found.\n${lines.join('\n')}`;
}
