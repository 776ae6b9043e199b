import type { Bank } from './bank-schema.js';
import { BankSchema } from './bank-schema.js';
import { BankValidationError } from './bank-validation-error.js';
import type { BankValidationIssue } from './bank-validation-issue.js';
import { describeZodIssue } from './describe-zod-issue.js';
import { findReferenceIssues } from './find-reference-issues.js';
import { formatIssuePath } from './format-issue-path.js';
import { looseBankView } from './loose-bank-view.js';

/**
 * The result of {@link safeParseBank}: the deep-frozen bank, or the error that
 * {@link parseBank} would have thrown.
 *
 * @example
 * ```ts
 * import { safeParseBank, type SafeParseBankResult } from '@prepdeck/schema';
 *
 * const result: SafeParseBankResult = safeParseBank({});
 * if (!result.success) console.log(result.error.issues.length);
 * ```
 * @category Parsing
 */
export type SafeParseBankResult =
  | { readonly success: true; readonly data: Bank }
  | { readonly success: false; readonly error: BankValidationError };

/**
 * Validates a bank like {@link parseBank}, but returns the outcome instead of throwing.
 * It never throws for bad data, whatever `input` is.
 *
 * @param input - Anything: typically the result of `JSON.parse` or a YAML parser.
 * @returns `{ success: true, data }` with the deep-frozen bank, or `{ success: false,
 *   error }` with a {@link BankValidationError} listing every issue.
 *
 * @example
 * ```ts
 * import { safeParseBank } from '@prepdeck/schema';
 *
 * const result = safeParseBank(null);
 * result.success; // false
 * if (!result.success) result.error.issues[0]?.message; // 'Invalid input: expected object, received null'
 * ```
 * @category Parsing
 */
export function safeParseBank(input: unknown): SafeParseBankResult {
  let issues: BankValidationIssue[];
  try {
    const parsed = BankSchema.safeParse(input, { error: describeZodIssue });
    if (parsed.success) {
      issues = findReferenceIssues(parsed.data);
      if (issues.length === 0) return { success: true, data: parsed.data };
    } else {
      issues = parsed.error.issues.map((issue) => ({
        path: formatIssuePath(issue.path),
        message: issue.message,
      }));
      // Also report references that do not resolve, wherever the input allows checking
      // them, except at paths that already have a shape issue.
      const shapePaths = new Set(issues.map((issue) => issue.path));
      for (const issue of findReferenceIssues(looseBankView(input))) {
        if (!shapePaths.has(issue.path)) issues.push(issue);
      }
    }
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    issues = [{ path: '', message: `The bank could not be read: ${reason}` }];
  }
  return { success: false, error: new BankValidationError(issues) };
}
