import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIFFICULTIES, parseBank, QUESTION_TYPES, SENIORITY_LEVELS } from '@prepdeck/schema';
import { describe, expect, it } from 'vitest';
import { bank, categories, questions } from './index.js';

const packageDir = join(import.meta.dirname, '..');

/** The five sample questions of the original role brief, which the bank keeps word for word. */
const SEED_QUESTIONS = [
  'Can you explain your understanding of the role of a Utility Customer Relations Manager?',
  'How would you define excellent customer service in the context of utility management?',
  'How do you ensure customer satisfaction while balancing the financial goals of the utility?',
  'Describe your experience in managing and resolving customer complaints within the energy and utilities sector.',
  'Can you provide an example of a successful customer retention strategy you implemented in your previous role?',
];

const CATEGORY_IDS = [
  'role-and-industry',
  'customer-experience',
  'complaints-and-escalations',
  'billing-and-metering',
  'credit-and-collections',
  'vulnerable-customers-and-affordability',
  'outages-and-emergencies',
  'regulation-and-compliance',
  'metrics-and-performance',
  'contact-center-operations',
  'systems-and-data',
  'programs-and-energy-transition',
  'key-accounts',
  'stakeholder-communication',
  'leadership-and-coaching',
  'ethics-privacy-and-security',
];

const share = (predicate: (q: (typeof questions)[number]) => boolean) =>
  questions.filter(predicate).length / questions.length;

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('the bank', () => {
  it('is a valid bank by parseBank, unchanged by parsing', () => {
    expect(parseBank(structuredClone(bank))).toEqual(bank);
  });

  it('has the 16 categories of the design, in order', () => {
    expect(categories.map((category) => category.id)).toEqual(CATEGORY_IDS);
    expect(bank.roles.map((role) => role.id)).toEqual(['utility-customer-relations-manager']);
  });

  it('keeps the five seed questions word for word', () => {
    const seeds = questions.filter((q) => q.source === 'seed');
    expect(seeds.map((q) => q.text).sort()).toEqual([...SEED_QUESTIONS].sort());
  });

  it('is deep-frozen, and mutation throws in strict mode', () => {
    expect(isDeepFrozen(bank)).toBe(true);
    const first = questions[0] as unknown as { text: string; guidance: { keyPoints: string[] } };
    expect(() => {
      first.text = 'changed';
    }).toThrow(TypeError);
    expect(() => first.guidance.keyPoints.push('more')).toThrow(TypeError);
  });

  it('orders questions by category, then id', () => {
    const order = questions.map(
      (q) => `${CATEGORY_IDS.indexOf(q.category).toString().padStart(2, '0')} ${q.id}`,
    );
    expect(order).toEqual([...order].sort());
  });
});

describe('coverage and mix', () => {
  it('has at least 240 questions and at least 12 in every category', () => {
    expect(questions.length).toBeGreaterThanOrEqual(240);
    for (const id of CATEGORY_IDS) {
      expect(questions.filter((q) => q.category === id).length, id).toBeGreaterThanOrEqual(12);
    }
  });

  it('has each interview type on at least 12% of questions', () => {
    for (const type of QUESTION_TYPES.filter((t) => t !== 'exercise'))
      expect(
        share((q) => q.type === type),
        type,
      ).toBeGreaterThanOrEqual(0.12);
  });

  it('has at least 330 questions, 12 exercises with three of each format, and 24 for Great Britain', () => {
    expect(questions.length).toBeGreaterThanOrEqual(330);
    const exercises = questions.filter((q) => q.type === 'exercise');
    expect(exercises.length).toBeGreaterThanOrEqual(12);
    for (const format of ['in-tray', 'data-interpretation', 'presentation', 'role-play']) {
      expect(
        exercises.filter((q) => q.exercise?.format === format).length,
        format,
      ).toBeGreaterThanOrEqual(3);
    }
    const gb = questions.filter((q) =>
      (q.jurisdictions ?? []).some((j) => j === 'gb' || j.startsWith('gb-')),
    );
    expect(gb.length).toBeGreaterThanOrEqual(24);
    for (const id of CATEGORY_IDS) {
      expect(questions.filter((q) => q.category === id).length, id).toBeGreaterThanOrEqual(16);
    }
  });

  it('weights the categories interviews ask about most: complaints, billing, collections, vulnerable customers and metrics', () => {
    const size = (id: string) => questions.filter((q) => q.category === id).length;
    const most = [
      'complaints-and-escalations',
      'billing-and-metering',
      'credit-and-collections',
      'vulnerable-customers-and-affordability',
      'metrics-and-performance',
    ];
    const others = CATEGORY_IDS.filter((id) => !most.includes(id));
    expect(Math.min(...most.map(size))).toBeGreaterThan(Math.max(...others.map(size)));
  });

  it('has each difficulty on at least 25% of questions, and no empty category x difficulty cell', () => {
    for (const difficulty of DIFFICULTIES) {
      expect(
        share((q) => q.difficulty === difficulty),
        difficulty,
      ).toBeGreaterThanOrEqual(0.25);
      for (const id of CATEGORY_IDS) {
        expect(
          questions.some((q) => q.category === id && q.difficulty === difficulty),
          `${id} x ${difficulty}`,
        ).toBe(true);
      }
    }
  });

  it('has each seniority level on at least 70 questions', () => {
    for (const level of SENIORITY_LEVELS) {
      expect(
        questions.filter((q) => q.seniority.includes(level)).length,
        level,
      ).toBeGreaterThanOrEqual(70);
    }
  });

  it('links at least 60% of questions to related ones', () => {
    expect(share((q) => q.related.length > 0)).toBeGreaterThanOrEqual(0.6);
  });

  it('uses every tag on at least 3 questions and every competency on at least 5', () => {
    for (const tag of bank.tags) {
      expect(
        questions.filter((q) => q.tags.includes(tag.id)).length,
        tag.id,
      ).toBeGreaterThanOrEqual(3);
    }
    for (const competency of bank.competencies) {
      expect(
        questions.filter((q) => q.competencies.includes(competency.id)).length,
        competency.id,
      ).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('category modules', () => {
  it.each(CATEGORY_IDS)('%s equals its slice of the bank', async (id) => {
    const slice = await import(`./generated/categories/${id}.ts`);
    expect(slice.category).toEqual(bank.categories.find((c) => c.id === id));
    expect(slice.questions).toEqual(questions.filter((q) => q.category === id));
    expect(isDeepFrozen(slice.questions)).toBe(true);
  });

  it('are each exported as a package subpath, with no catch-all', () => {
    const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const subpaths = Object.keys(exports);
    for (const id of CATEGORY_IDS) expect(subpaths).toContain(`./categories/${id}`);
    expect(subpaths.filter((path) => path.includes('*'))).toEqual([]);
  });
});
