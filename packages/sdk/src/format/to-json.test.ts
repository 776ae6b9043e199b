import { questions } from '@prepdeck/questions';
import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../test/plain-question.js';
import { thrown } from '../../test/thrown.js';
import type { FormattableQuestion } from './formattable-question.js';
import { toJson } from './to-json.js';

const tricky: FormattableQuestion = {
  id: 'tricky-bill',
  text: 'A customer says "my bill doubled", and <shouts> & swears.\nWhat now?',
  roles: ['utility-customer-relations-manager'],
  category: 'billing-and-metering',
  type: 'situational',
  difficulty: 'advanced',
  seniority: ['manager', 'director'],
  competencies: ['empathy'],
  tags: ['high-bill', 'estimated-reads'],
  estimatedMinutes: 5,
  guidance: {
    intent: 'Calm first,\tthen facts.',
    keyPoints: ['Listen', 'Check reads', 'Explain "estimated"'],
    redFlags: ['Blames the customer', 'Café & crème'],
    sampleAnswer: 'Línea uno.\nLine two.',
    followUps: ['Why?', 'Who?'],
    keyTerms: ['kWh'],
  },
};

const plain = plainQuestion;

describe('toJson', () => {
  it('writes the exact text for a small question', () => {
    expect(toJson([plain])).toBe(
      [
        '[',
        '  {',
        '    "id": "why-utilities",',
        '    "text": "Why do you want to work for a utility?",',
        '    "category": "role-and-industry",',
        '    "type": "general",',
        '    "difficulty": "foundational",',
        '    "seniority": [',
        '      "manager"',
        '    ],',
        '    "competencies": [],',
        '    "tags": []',
        '  }',
        ']',
        '',
      ].join('\n'),
    );
    expect(toJson([])).toBe('[]\n');
  });

  it('writes the CSV fields, and guidance as a nested object only when asked', () => {
    expect(JSON.parse(toJson([tricky, plain]))).toEqual([
      {
        id: 'tricky-bill',
        text: 'A customer says "my bill doubled", and <shouts> & swears.\nWhat now?',
        category: 'billing-and-metering',
        type: 'situational',
        difficulty: 'advanced',
        seniority: ['manager', 'director'],
        competencies: ['empathy'],
        tags: ['high-bill', 'estimated-reads'],
        estimatedMinutes: 5,
      },
      {
        id: 'why-utilities',
        text: 'Why do you want to work for a utility?',
        category: 'role-and-industry',
        type: 'general',
        difficulty: 'foundational',
        seniority: ['manager'],
        competencies: [],
        tags: [],
      },
    ]);
    const [withGuidance, withoutGuidance] = JSON.parse(toJson([tricky, plain], { guidance: true }));
    expect(withGuidance.guidance).toEqual({
      intent: 'Calm first,\tthen facts.',
      keyPoints: ['Listen', 'Check reads', 'Explain "estimated"'],
      redFlags: ['Blames the customer', 'Café & crème'],
      sampleAnswer: 'Línea uno.\nLine two.',
      followUps: ['Why?', 'Who?'],
      keyTerms: ['kWh'],
    });
    expect(withoutGuidance).not.toHaveProperty('guidance');
  });

  it('keeps non-ASCII text as it is and escapes only what JSON needs', () => {
    const json = toJson([tricky], { guidance: true });
    expect(json).toContain('"sampleAnswer": "Línea uno.\\nLine two."');
    expect(json).toContain('"intent": "Calm first,\\tthen facts."');
    expect(json).toContain('<shouts> & swears');
  });

  it('round-trips every question of the real bank, with and without guidance', () => {
    const fields = (q: FormattableQuestion) => ({
      id: q.id,
      text: q.text,
      category: q.category,
      type: q.type,
      difficulty: q.difficulty,
      seniority: q.seniority,
      competencies: q.competencies,
      tags: q.tags,
      estimatedMinutes: q.estimatedMinutes,
    });
    const without = toJson(questions);
    expect(without.endsWith('}\n]\n')).toBe(true);
    expect(JSON.parse(without)).toEqual(questions.map(fields));
    expect(JSON.parse(toJson(questions, { guidance: true }))).toEqual(
      questions.map((q) => ({
        ...fields(q),
        guidance: { ...q.guidance, redFlags: q.guidance.redFlags.map((flag) => flag.text) },
      })),
    );
    expect(without).not.toContain('"roles"');
    expect(without).not.toContain('"related"');
    expect(without).not.toContain('"source"');
  });

  it('throws INVALID_ARGUMENT for bad input, naming what is valid', () => {
    const notArray = thrown(() => toJson({ questions } as never));
    expect(notArray.code).toBe('INVALID_ARGUMENT');
    expect(notArray.message).toBe(
      'toJson: expected an array of questions, got a value of type object.',
    );
    expect(thrown(() => toJson([plain], { guidance: 1 as never })).message).toBe(
      'toJson: option "guidance" must be true or false, got 1.',
    );
    expect(thrown(() => toJson([plain], { delimiter: ',' } as never)).message).toBe(
      'toJson: unknown option "delimiter". Valid options: guidance.',
    );
  });
});
