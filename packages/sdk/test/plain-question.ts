import type { FormattableQuestion } from '../src/format/formattable-question.js';

/** A question without guidance or minutes: the least a formatter must handle. */
export const plainQuestion: FormattableQuestion = {
  id: 'why-utilities',
  text: 'Why do you want to work for a utility?',
  roles: ['utility-customer-relations-manager'],
  category: 'role-and-industry',
  type: 'general',
  difficulty: 'foundational',
  seniority: ['manager'],
  competencies: [],
  tags: [],
};
