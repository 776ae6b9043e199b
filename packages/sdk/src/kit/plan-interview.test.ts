import { bank, questions } from '@prepdeck/questions';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown.js';
import type { KitQuestion } from './interview-plan.js';
import { planInterview } from './plan-interview.js';

const ids = (plan: { items: readonly { question: { id: string } }[] }) =>
  plan.items.map((item) => item.question.id);

/** A small exercise question, to plan with beside the bank's questions. */
const exercise: KitQuestion = {
  ...(questions[0] as KitQuestion),
  id: 'in-tray-monday-morning',
  type: 'exercise',
  estimatedMinutes: 10,
  exercise: {
    format: 'in-tray',
    prepMinutes: 15,
    brief: 'Sort the items.',
    materials: '1. An email',
  },
};

describe('planInterview', () => {
  it('fills 80% to 100% of any budget the bank can fill, warm-up first, no repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 150 }), fc.string(), (minutes, seed) => {
        const plan = planInterview(bank, { minutes, seed });
        expect(plan.plannedMinutes).toBeLessThanOrEqual(minutes);
        expect(plan.plannedMinutes).toBeGreaterThanOrEqual(0.8 * minutes);
        expect(plan.plannedMinutes).toBe(plan.items.reduce((sum, item) => sum + item.minutes, 0));
        expect(new Set(ids(plan)).size).toBe(plan.items.length);
        const [first, ...rest] = plan.items;
        if (plan.items.length > 1) {
          expect(first?.part).toBe('warm-up');
          expect(first?.question.type).toBe('general');
          expect(first?.question.difficulty).toBe('foundational');
        }
        expect(rest.every((item) => item.part === 'question')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('plans a budget that fits one question without a warm-up', () => {
    const base = questions[0] as KitQuestion;
    const source: KitQuestion[] = [
      { ...base, id: 'warm', type: 'general', difficulty: 'foundational', estimatedMinutes: 3 },
      { ...base, id: 'long', type: 'situational', difficulty: 'advanced', estimatedMinutes: 5 },
    ];
    const plan = planInterview(source, { minutes: 7, seed: 'short' });
    expect(plan.items.map((item) => [item.part, item.question.id])).toEqual([['question', 'long']]);
    expect(plan.plannedMinutes).toBe(7);
  });

  it('swaps a question for a shorter one when that makes room to reach 80%', () => {
    const base = questions[0] as KitQuestion;
    const guidance = { ...base.guidance, followUps: ['One?', 'Two?'] };
    const at = (id: string, type: KitQuestion['type'], estimatedMinutes: number) =>
      ({
        ...base,
        id,
        type,
        difficulty: 'intermediate',
        estimatedMinutes,
        guidance,
      }) as KitQuestion;
    const source: KitQuestion[] = [
      { ...at('warm', 'general', 2), difficulty: 'foundational' },
      at('long', 'behavioral', 5),
      at('short-1', 'technical', 3),
      at('short-2', 'technical', 3),
    ];
    // The warm-up (4 minutes) and the long question (7) fill 11 of 14 minutes, short of
    // 80% with no question of 3 minutes; two of 5 instead fill all 14.
    for (const seed of ['a', 'b', 'c']) {
      const plan = planInterview(source, { minutes: 14, seed });
      expect(plan.items.map((item) => item.part)).toEqual(['warm-up', 'question', 'question']);
      expect(plan.plannedMinutes).toBe(14);
    }
  });

  it('plans each question at its minutes plus one per follow-up, with its first two follow-ups', () => {
    const plan = planInterview(bank, { minutes: 60, seed: 'minutes' });
    for (const item of plan.items) {
      expect(item.followUps).toEqual(item.question.guidance.followUps.slice(0, 2));
      expect(item.minutes).toBe(item.question.estimatedMinutes + item.followUps.length);
    }
  });

  it('mixes behavioral and situational questions and spreads categories and competencies', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const plan = planInterview(bank, { minutes: 45, seed });
      const types = plan.items.map((item) => item.question.type);
      expect(types).toContain('behavioral');
      expect(types).toContain('situational');
      const categories = Object.values(plan.coverage.categories);
      expect(Math.max(...categories)).toBeLessThanOrEqual(2);
      expect(Object.keys(plan.coverage.categories).length).toBeGreaterThanOrEqual(
        plan.items.length - 2,
      );
      expect(Object.keys(plan.coverage.competencies).length).toBeGreaterThanOrEqual(
        plan.items.length,
      );
    }
  });

  it('orders the questions after the warm-up by rising difficulty', () => {
    const rank = { foundational: 0, intermediate: 1, advanced: 2 };
    const plan = planInterview(bank, { minutes: 90, seed: 'order' });
    const levels = plan.items.slice(1).map((item) => rank[item.question.difficulty]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it('counts coverage from the planned questions', () => {
    const plan = planInterview(bank, { minutes: 45, seed: 'coverage' });
    const types: Record<string, number> = {};
    for (const { question } of plan.items) types[question.type] = (types[question.type] ?? 0) + 1;
    expect(plan.coverage.types).toEqual(types);
  });

  it('is the same for the same seed and source, and differs between seeds', () => {
    const a = planInterview(bank, { minutes: 45, seed: 'panel-1' });
    expect(planInterview(bank, { minutes: 45, seed: 'panel-1' })).toEqual(a);
    expect(a.seed).toBe('panel-1');
    expect(ids(planInterview(bank, { minutes: 45, seed: 'panel-2' }))).not.toEqual(ids(a));
    const fresh = planInterview(bank, { minutes: 45 });
    expect(planInterview(bank, { minutes: 45, seed: fresh.seed })).toEqual(fresh);
  });

  it('honours seniority, categories, competencies, types and roles', () => {
    const plan = planInterview(bank, {
      minutes: 30,
      seed: 'filters',
      seniority: 'director',
      categories: ['key-accounts', 'regulation-and-compliance', 'metrics-and-performance'],
    });
    for (const { question } of plan.items) {
      expect(question.seniority).toContain('director');
      expect(['key-accounts', 'regulation-and-compliance', 'metrics-and-performance']).toContain(
        question.category,
      );
    }
    const empathy = planInterview(bank, { minutes: 20, seed: 'x', competencies: 'empathy' });
    for (const { question } of empathy.items) expect(question.competencies).toContain('empathy');
    const situational = planInterview(bank, {
      minutes: 20,
      seed: 'x',
      types: ['situational', 'general'],
    });
    for (const { question } of situational.items)
      expect(['situational', 'general']).toContain(question.type);
  });

  it('honours jurisdictions: portable questions and those placed there', () => {
    const placed = questions.map((q, i) => ({
      ...q,
      jurisdictions: i % 3 === 0 ? ['gb'] : i % 3 === 1 ? ['us-ny'] : [],
    }));
    const plan = planInterview(placed, { minutes: 60, seed: 'gb', jurisdictions: 'gb' });
    for (const { question } of plan.items) expect(question.jurisdictions).not.toContain('us-ny');
  });

  it('adds one exercise last only when asked, counting its preparation time', () => {
    const source = [...questions.filter((q) => q.type !== 'exercise'), exercise];
    const without = planInterview(source, { minutes: 60, seed: 'ex' });
    expect(ids(without)).not.toContain(exercise.id);
    const withOne = planInterview(source, { minutes: 60, seed: 'ex', exercise: true });
    const last = withOne.items.at(-1);
    expect(last?.part).toBe('exercise');
    expect(last?.question.id).toBe(exercise.id);
    expect(last?.minutes).toBe(10 + 15 + 2);
    expect(withOne.items.filter((item) => item.part === 'exercise')).toHaveLength(1);
  });

  it('names the problem when the budget or the filters cannot be met', () => {
    for (const minutes of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = thrown(() => planInterview(bank, { minutes }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toMatch(/"minutes" must be a number of minutes above 0/);
    }
    expect(thrown(() => planInterview(bank, { minutes: '45' as never })).message).toBe(
      'planInterview: "minutes" must be a number of minutes above 0, got "45".',
    );
    expect(thrown(() => planInterview(bank, { minutes: 3 })).message).toMatch(
      /^planInterview: the shortest matching question takes \d+ minutes with its follow-ups; a budget of 3 minutes fits none\.$/,
    );
    const none = thrown(() => planInterview([], { minutes: 30 }));
    expect([none.code, none.message]).toEqual([
      'NOT_ENOUGH_QUESTIONS',
      'planInterview: the source has no questions to plan with.',
    ]);
    expect(
      thrown(() =>
        planInterview(bank, { minutes: 30, categories: 'key-accounts', types: 'exercise' }),
      ).message,
    ).toBe('planInterview: no questions match categories "key-accounts", types "exercise".');
    const short = thrown(() => planInterview(bank, { minutes: 400, categories: 'key-accounts' }));
    expect([short.code, short.message]).toEqual([
      'NOT_ENOUGH_QUESTIONS',
      expect.stringMatching(/fill only \d+ of 400 minutes.*widen the filters/),
    ]);
    expect(thrown(() => planInterview(bank, { minutes: 30, category: 'x' } as never)).message).toBe(
      'planInterview: unknown option "category". Did you mean "categories"? Valid options: minutes, seed, seniority, roles, jurisdictions, categories, competencies, types, exercise.',
    );
    expect(thrown(() => planInterview(bank, { minutes: 30, categories: 'billing' })).code).toBe(
      'INVALID_CRITERIA',
    );
    expect(thrown(() => planInterview(bank, { minutes: 30, seed: {} as never })).code).toBe(
      'INVALID_SEED',
    );
    const untimed = { ...(questions[0] as KitQuestion), estimatedMinutes: undefined as never };
    expect(thrown(() => planInterview([untimed], { minutes: 30 })).message).toMatch(
      /question ".*" has no estimatedMinutes/,
    );
  });

  it('does not change its source', () => {
    const source = questions.slice(0, 40);
    const before = source.map((q) => q.id);
    planInterview(source, { minutes: 30, seed: 'pure' });
    expect(source.map((q) => q.id)).toEqual(before);
  });
});
