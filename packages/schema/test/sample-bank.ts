/**
 * A small valid bank for tests: two roles' worth of vocabulary and three questions
 * that reference each other. Each call returns a fresh, mutable object.
 */
export function sampleBank() {
  return {
    roles: [
      {
        id: 'utility-customer-relations-manager',
        title: 'Utility Customer Relations Manager',
        industry: 'Energy and utilities',
        description: 'Leads customer relations for an electric, gas or water utility.',
      },
    ],
    categories: [
      {
        id: 'billing-and-metering',
        title: 'Billing and metering',
        description: 'Bills, reads and meters.',
      },
      {
        id: 'credit-and-collections',
        title: 'Credit and collections',
        description: 'Deposits and arrears.',
      },
    ],
    competencies: [
      { id: 'empathy', label: 'Empathy', description: 'Understands the customer.' },
      { id: 'problem-solving', label: 'Problem solving', description: 'Fixes causes.' },
    ],
    tags: [
      { id: 'high-bill', label: 'High bills', description: 'Bills far above usual.' },
      { id: 'estimated-reads', label: 'Estimated reads', description: 'Bills without a read.' },
      { id: 'deposits', label: 'Deposits', description: 'Security deposits.' },
    ],
    questions: [
      sampleQuestion('high-bill-after-estimated-reads', {
        related: ['explaining-a-catch-up-bill'],
      }),
      sampleQuestion('explaining-a-catch-up-bill', {
        type: 'technical',
        difficulty: 'foundational',
        related: ['high-bill-after-estimated-reads'],
      }),
      sampleQuestion('deposit-for-a-returning-customer', {
        category: 'credit-and-collections',
        tags: ['deposits'],
        seniority: ['manager', 'director'],
        difficulty: 'advanced',
      }),
    ],
  };
}

/** A valid question; `overrides` replace top-level fields. */
export function sampleQuestion(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    text: 'A customer calls about a bill three times their usual amount. What do you do?',
    roles: ['utility-customer-relations-manager'],
    category: 'billing-and-metering',
    type: 'situational',
    difficulty: 'intermediate',
    seniority: ['supervisor', 'manager'],
    competencies: ['empathy', 'problem-solving'],
    tags: ['high-bill', 'estimated-reads'],
    estimatedMinutes: 4,
    source: 'original',
    guidance: {
      intent: 'Whether the candidate investigates before defending the bill.',
      keyPoints: ['Acknowledges the shock.', 'Checks the read history.', 'Explains remedies.'],
      redFlags: [
        { text: 'Defends the bill first.', cues: ['the bill is correct'] },
        { text: 'Promises a credit too early.', cues: [] },
      ],
      sampleAnswer: 'I would listen first, then check actual against estimated reads.',
      followUps: ['What if the meter tests accurate?', 'How do you stop it recurring?'],
      keyTerms: ['estimated read', 'meter test'],
    },
    related: [],
    ...overrides,
  };
}
