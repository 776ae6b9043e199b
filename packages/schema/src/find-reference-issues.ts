import type { BankValidationIssue } from './bank-validation-issue.js';
import { didYouMean } from './did-you-mean.js';
import { formatIssuePath } from './format-issue-path.js';

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
  readonly jurisdictions?:
    | readonly { readonly id?: string | undefined; readonly parent?: string | undefined }[]
    | undefined;
  readonly concepts?:
    | readonly { readonly id?: string | undefined; readonly terms: Ids }[]
    | undefined;
  readonly moved?: Readonly<Record<string, string | undefined>> | undefined;
  readonly questions:
    | readonly {
        readonly id?: string | undefined;
        readonly roles: Ids;
        readonly category?: string | undefined;
        readonly competencies: Ids;
        readonly tags: Ids;
        readonly related: Ids;
        readonly jurisdictions?: Ids | undefined;
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
        message: `Unknown ${singular} "${value}".${didYouMean(value, valid)} ${describeValid(plural, valid)}`,
      });
    }
    seen.add(value);
  });
}

/**
 * Parents that exist, and ids that extend their parent's (`us-ny` within `us`): the SDK
 * nests jurisdictions by id prefix, and the rule also makes a cycle impossible.
 */
function checkJurisdictionTree(
  issues: BankValidationIssue[],
  records: NonNullable<ReferenceView['jurisdictions']>,
  ids: ReadonlySet<string>,
): void {
  records.forEach(({ id, parent }, index) => {
    if (id === undefined || parent === undefined) return;
    const at = `jurisdictions[${index}].parent`;
    if (!ids.has(parent)) {
      issues.push({
        path: at,
        message: `Unknown parent jurisdiction "${parent}".${didYouMean(parent, ids)} ${describeValid('jurisdictions', ids)}`,
      });
    } else if (!id.startsWith(`${parent}-`)) {
      issues.push({
        path: at,
        message: `Jurisdiction "${id}" lies within "${parent}", so its id must start with "${parent}-" (such as "${parent}-${id}").`,
      });
    }
  });
}

function checkConcepts(
  issues: BankValidationIssue[],
  records: NonNullable<ReferenceView['concepts']>,
): void {
  const owner = new Map<string, string>();
  records.forEach((concept, index) => {
    concept.terms.forEach((term, termIndex) => {
      if (term === undefined) return;
      const key = term.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined) {
        issues.push({
          path: `concepts[${index}].terms[${termIndex}]`,
          message: `Term "${term}" already belongs to concept "${first}"; a term may stand in one concept only.`,
        });
      } else owner.set(key, concept.id ?? `concepts[${index}]`);
    });
  });
}

function checkMoved(
  issues: BankValidationIssue[],
  moved: NonNullable<ReferenceView['moved']>,
  questions: ReadonlySet<string> | undefined,
): void {
  if (questions === undefined) return;
  for (const [from, to] of Object.entries(moved)) {
    if (to === undefined) continue;
    const at = formatIssuePath(['moved', from]);
    if (questions.has(from)) {
      issues.push({
        path: at,
        message: `"${from}" is still a question id; a moved id must no longer be used by a question.`,
      });
    } else if (!questions.has(to)) {
      issues.push({
        path: at,
        message: `"${from}" moves to "${to}", which is not a question id in the bank.`,
      });
    }
  }
}

/**
 * Checks what the shape schema cannot: ids unique per collection, every reference from
 * a question resolving inside the bank, jurisdiction parents that exist and prefix the id,
 * each concept term in one concept only, and moved ids that point at a live question.
 */
export function findReferenceIssues(bank: ReferenceView): BankValidationIssue[] {
  const issues: BankValidationIssue[] = [];
  const roles = collectIds(issues, 'roles', bank.roles);
  const categories = collectIds(issues, 'categories', bank.categories);
  const competencies = collectIds(issues, 'competencies', bank.competencies);
  const tags = collectIds(issues, 'tags', bank.tags);
  const questions = collectIds(issues, 'questions', bank.questions);
  const jurisdictions = collectIds(issues, 'jurisdictions', bank.jurisdictions);
  if (bank.jurisdictions && jurisdictions)
    checkJurisdictionTree(issues, bank.jurisdictions, jurisdictions);
  collectIds(issues, 'concepts', bank.concepts);
  if (bank.concepts) checkConcepts(issues, bank.concepts);
  if (bank.moved) checkMoved(issues, bank.moved, questions);

  bank.questions?.forEach((question, index) => {
    const at = `questions[${index}]`;
    checkList(issues, `${at}.roles`, question.roles, roles, 'role', 'roles');
    if (categories && question.category !== undefined && !categories.has(question.category)) {
      issues.push({
        path: `${at}.category`,
        message: `Unknown category "${question.category}".${didYouMean(question.category, categories)} ${describeValid('categories', categories)}`,
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
    checkList(
      issues,
      `${at}.jurisdictions`,
      question.jurisdictions ?? [],
      jurisdictions ?? new Set(),
      'jurisdiction',
      'jurisdictions',
    );
  });
  return issues;
}
