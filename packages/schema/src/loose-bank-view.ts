import type { ReferenceView } from './find-reference-issues.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

const texts = (value: unknown) => (Array.isArray(value) ? value.map(text) : []);

function records(value: unknown): { id: string | undefined }[] | undefined {
  return Array.isArray(value)
    ? value.map((item) => ({ id: isRecord(item) ? text(item.id) : undefined }))
    : undefined;
}

/**
 * A view of a bank that failed shape validation, for the reference checks: positions are
 * kept so that issue paths match the input, and anything of the wrong type is left out.
 */
export function looseBankView(input: unknown): ReferenceView {
  const bank = isRecord(input) ? input : {};
  return {
    roles: records(bank.roles),
    categories: records(bank.categories),
    competencies: records(bank.competencies),
    tags: records(bank.tags),
    jurisdictions: Array.isArray(bank.jurisdictions)
      ? bank.jurisdictions.map((item) => ({
          id: isRecord(item) ? text(item.id) : undefined,
          parent: isRecord(item) ? text(item.parent) : undefined,
        }))
      : undefined,
    concepts: Array.isArray(bank.concepts)
      ? bank.concepts.map((item) => ({
          id: isRecord(item) ? text(item.id) : undefined,
          terms: isRecord(item) ? texts(item.terms) : [],
        }))
      : undefined,
    moved: isRecord(bank.moved)
      ? Object.fromEntries(Object.entries(bank.moved).map(([from, to]) => [from, text(to)]))
      : undefined,
    questions: Array.isArray(bank.questions)
      ? bank.questions.map((item) => {
          const q = isRecord(item) ? item : {};
          return {
            id: text(q.id),
            roles: texts(q.roles),
            category: text(q.category),
            competencies: texts(q.competencies),
            tags: texts(q.tags),
            related: texts(q.related),
            jurisdictions: texts(q.jurisdictions),
          };
        })
      : undefined,
  };
}
