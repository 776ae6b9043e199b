import type { z } from 'zod';
import type { BankSchema } from './bank-schema.js';
import type { BankValidationIssue } from './bank-validation-issue.js';

type ParsedBank = z.infer<typeof BankSchema>;

/** Vocabularies up to this size are listed in full in messages; larger ones are counted. */
const LISTED_VALUES = 30;

function describeValid(plural: string, ids: ReadonlySet<string>): string {
  if (ids.size === 0) return `The bank defines no ${plural}.`;
  if (ids.size > LISTED_VALUES)
    return `None of the bank's ${ids.size} ${plural} matches; check the spelling.`;
  return `Valid ${plural}: ${[...ids].join(', ')}.`;
}

function collectIds(
  issues: BankValidationIssue[],
  collection: string,
  records: readonly { readonly id: string }[],
): Set<string> {
  const firstSeen = new Map<string, number>();
  records.forEach((record, index) => {
    const first = firstSeen.get(record.id);
    if (first === undefined) firstSeen.set(record.id, index);
    else {
      issues.push({
        path: `${collection}[${index}].id`,
        message: `Duplicate id "${record.id}", already used by ${collection}[${first}].`,
      });
    }
  });
  return new Set(firstSeen.keys());
}

function checkList(
  issues: BankValidationIssue[],
  path: string,
  values: readonly string[],
  valid: ReadonlySet<string>,
  singular: string,
  plural: string,
  self?: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value === self) {
      issues.push({
        path: `${path}[${index}]`,
        message: `Question "${self}" lists itself as related.`,
      });
    } else if (seen.has(value)) {
      issues.push({ path: `${path}[${index}]`, message: `Duplicate ${singular} "${value}".` });
    } else if (!valid.has(value)) {
      issues.push({
        path: `${path}[${index}]`,
        message: `Unknown ${singular} "${value}". ${describeValid(plural, valid)}`,
      });
    }
    seen.add(value);
  });
}

/**
 * Checks what the shape schema cannot: ids unique per collection, and every reference
 * from a question resolving inside the bank.
 */
export function findReferenceIssues(bank: ParsedBank): BankValidationIssue[] {
  const issues: BankValidationIssue[] = [];
  const roles = collectIds(issues, 'roles', bank.roles);
  const categories = collectIds(issues, 'categories', bank.categories);
  const competencies = collectIds(issues, 'competencies', bank.competencies);
  const tags = collectIds(issues, 'tags', bank.tags);
  const questions = collectIds(issues, 'questions', bank.questions);

  bank.questions.forEach((question, index) => {
    const at = `questions[${index}]`;
    checkList(issues, `${at}.roles`, question.roles, roles, 'role', 'roles');
    if (!categories.has(question.category)) {
      issues.push({
        path: `${at}.category`,
        message: `Unknown category "${question.category}". ${describeValid('categories', categories)}`,
      });
    }
    checkList(
      issues,
      `${at}.competencies`,
      question.competencies,
      competencies,
      'competency',
      'competencies',
    );
    checkList(issues, `${at}.tags`, question.tags, tags, 'tag', 'tags');
    checkList(
      issues,
      `${at}.related`,
      question.related,
      questions,
      'related question id',
      'question ids',
      question.id,
    );
  });
  return issues;
}
