import type { BankValidationIssue } from './bank-validation-issue.js';

type Ids = readonly (string | undefined)[];

/**
 * What the reference checks read. A parsed bank is one; so is the loose view of an
 * invalid bank, where values of the wrong type are `undefined` (skipped) and a collection
 * that is not an array is `undefined` (references to it are not checked).
 */
export interface ReferenceView {
  readonly roles: readonly { readonly id?: string | undefined }[] | undefined;
  readonly categories: readonly { readonly id?: string | undefined }[] | undefined;
  readonly competencies: readonly { readonly id?: string | undefined }[] | undefined;
  readonly tags: readonly { readonly id?: string | undefined }[] | undefined;
  readonly questions:
    | readonly {
        readonly id?: string | undefined;
        readonly roles: Ids;
        readonly category?: string | undefined;
        readonly competencies: Ids;
        readonly tags: Ids;
        readonly related: Ids;
      }[]
    | undefined;
}

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
  records: readonly { readonly id?: string | undefined }[] | undefined,
): Set<string> | undefined {
  if (records === undefined) return undefined;
  const firstSeen = new Map<string, number>();
  records.forEach((record, index) => {
    if (record.id === undefined) return;
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
  values: Ids,
  valid: ReadonlySet<string> | undefined,
  singular: string,
  plural: string,
  self?: string,
): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (value === undefined || valid === undefined) return;
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
export function findReferenceIssues(bank: ReferenceView): BankValidationIssue[] {
  const issues: BankValidationIssue[] = [];
  const roles = collectIds(issues, 'roles', bank.roles);
  const categories = collectIds(issues, 'categories', bank.categories);
  const competencies = collectIds(issues, 'competencies', bank.competencies);
  const tags = collectIds(issues, 'tags', bank.tags);
  const questions = collectIds(issues, 'questions', bank.questions);

  bank.questions?.forEach((question, index) => {
    const at = `questions[${index}]`;
    checkList(issues, `${at}.roles`, question.roles, roles, 'role', 'roles');
    if (categories && question.category !== undefined && !categories.has(question.category)) {
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
