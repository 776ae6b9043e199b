import type { Question } from '@prepdeck/schema';
import type { LintContext, QuestionSource } from '../lint/lint-rule.js';
import { QUESTION_SCHEMA_COMMENT } from '../lint/rules/schema-comment.js';

const SAMPLE_ANSWER = Array.from(
  { length: 12 },
  () => 'I would check the read history before I explain anything to the customer.',
).join(' ');

/** A question that passes every rule; `overrides` replace top-level fields. */
export function question(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    text: `What would you check first in case ${id}?`,
    roles: ['utility-customer-relations-manager'],
    category: 'billing-and-metering',
    type: 'situational',
    difficulty: 'intermediate',
    seniority: ['manager'],
    competencies: ['empathy'],
    tags: ['high-bill', 'estimated-reads'],
    estimatedMinutes: 2,
    source: 'original',
    guidance: {
      intent: 'Whether the candidate investigates before defending the bill.',
      keyPoints: ['Acknowledges the shock.', 'Checks the read history.', 'Explains remedies.'],
      redFlags: [
        { text: 'Defends the bill first.', cues: ['the bill is correct'] },
        { text: 'Promises a credit too early.', cues: [] },
      ],
      rubric: {
        poor: `Defends the bill in case ${id} before checking a single read or record.`,
        mixed: `Checks the reads in case ${id} but offers the customer no remedy at all.`,
        good: `Checks the reads in case ${id}, widens the investigation and offers an arrangement.`,
        excellent: `Finds why the reads in case ${id} were missed and shows repeat calls falling.`,
      },
      weakAnswer:
        'I would tell the customer that the bill is correct because our meters are tested, and that estimated bills always catch up in the end, so there is nothing to fix on our side. If they keep pushing I would pass them to billing.',
      sampleAnswer: SAMPLE_ANSWER,
      followUps: ['What if the meter tests accurate?', 'How do you stop it recurring?'],
      keyTerms: ['estimated read', 'meter test'],
    },
    related: [],
    ...overrides,
  };
}

/** The same question with its guidance fields overridden. */
export function withGuidance(base: Question, guidance: Partial<Question['guidance']>): Question {
  return { ...base, guidance: { ...base.guidance, ...guidance } };
}

/** Wraps a question as if read from content/<category>/<id>.yaml. */
export function source(q: Question, file: Partial<QuestionSource> = {}): QuestionSource {
  return {
    path: `content/${q.category}/${q.id}.yaml`,
    folder: q.category,
    name: q.id,
    text: `${QUESTION_SCHEMA_COMMENT}\nid: ${q.id}\n`,
    question: q,
    ...file,
  };
}

/** A lint context with the given questions and a small vocabulary they all satisfy. */
export function context(...questions: QuestionSource[]): LintContext {
  return {
    questions,
    roles: [
      {
        id: 'utility-customer-relations-manager',
        title: 'Utility Customer Relations Manager',
        industry: 'Energy and utilities',
        description: 'Leads customer relations.',
      },
    ],
    categories: [
      { id: 'billing-and-metering', title: 'Billing and metering', description: 'Bills.' },
    ],
    competencies: [{ id: 'empathy', label: 'Empathy', description: 'Understands customers.' }],
    tags: [
      { id: 'high-bill', label: 'High bills', description: 'High bills.' },
      { id: 'estimated-reads', label: 'Estimated reads', description: 'Estimates.' },
    ],
    jurisdictions: [
      { id: 'us', name: 'United States' },
      { id: 'gb', name: 'Great Britain' },
    ],
    concepts: [
      { id: 'estimated-read', terms: ['estimated read', 'estimate'] },
      { id: 'meter-test', terms: ['meter test', 'accuracy test'] },
    ],
    moved: {},
    termsWithoutSynonyms: [],
  };
}
