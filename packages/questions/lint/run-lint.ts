import type { LintContext, LintProblem } from './lint-rule.js';
import { rules } from './rules/index.js';

/** A problem together with the name of the rule that found it. */
export interface NamedLintProblem extends LintProblem {
  readonly rule: string;
}

/** Runs every rule over the content and returns all problems, rule by rule. */
export function runLint(context: LintContext): NamedLintProblem[] {
  return rules.flatMap((rule) =>
    rule.check(context).map((problem) => ({ rule: rule.name, ...problem })),
  );
}

/** One line per problem: `file: field: message [rule]`. */
export function formatLintProblems(problems: readonly NamedLintProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message} [${p.rule}]`).join('\n');
}
