import { questions } from '@prepdeck/questions';
import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../test/plain-question.js';
import { thrown } from '../../test/thrown.js';
import type { FormattableQuestion } from './formattable-question.js';
import { toMarkdown } from './to-markdown.js';

const tricky: FormattableQuestion = {
  id: 'tricky-bill',
  text: 'A customer says "my bill doubled",\nand <shouts> & swears. What now?',
  roles: ['utility-customer-relations-manager'],
  category: 'billing-and-metering',
  type: 'situational',
  difficulty: 'advanced',
  seniority: ['manager', 'director'],
  competencies: ['empathy'],
  tags: ['high-bill'],
  estimatedMinutes: 5,
  guidance: {
    intent: 'Calm first, then facts.',
    keyPoints: ['Listen', 'Check the reads\nand the rate', 'Explain "estimated" < actual'],
    redFlags: ['Blames the customer', 'Café & crème'],
    sampleAnswer: 'Línea uno.\r\n\r\nLine\ttwo.',
    followUps: ['Why?', 'Who?'],
    keyTerms: ['kWh', 'estimated read'],
  },
};

const plain = plainQuestion;

const FACTS_TRICKY =
  'Id: tricky-bill · Category: billing-and-metering · Type: situational · ' +
  'Difficulty: advanced · Seniority: manager, director · Minutes: 5';
const FACTS_PLAIN =
  'Id: why-utilities · Category: role-and-industry · Type: general · ' +
  'Difficulty: foundational · Seniority: manager';

describe('toMarkdown', () => {
  it('writes a heading and a facts line per question, without escaping', () => {
    expect(toMarkdown([tricky, plain])).toBe(
      [
        '## A customer says "my bill doubled", and <shouts> & swears. What now?',
        '',
        FACTS_TRICKY,
        '',
        '## Why do you want to work for a utility?',
        '',
        FACTS_PLAIN,
        '',
      ].join('\n'),
    );
  });

  it('adds the guidance sections when asked, and only for questions that have guidance', () => {
    expect(toMarkdown([tricky, plain], { guidance: true })).toBe(
      [
        '## A customer says "my bill doubled", and <shouts> & swears. What now?',
        '',
        FACTS_TRICKY,
        '',
        '### What the interviewer is assessing',
        '',
        'Calm first, then facts.',
        '',
        '### Key points',
        '',
        '- Listen',
        '- Check the reads',
        '  and the rate',
        '- Explain "estimated" < actual',
        '',
        '### Red flags',
        '',
        '- Blames the customer',
        '- Café & crème',
        '',
        '### Sample answer',
        '',
        'Línea uno.',
        '',
        'Line\ttwo.',
        '',
        '### Follow-ups',
        '',
        '- Why?',
        '- Who?',
        '',
        '### Key terms',
        '',
        'kWh, estimated read',
        '',
        '## Why do you want to work for a utility?',
        '',
        FACTS_PLAIN,
        '',
      ].join('\n'),
    );
  });

  it('writes the rubric, the weak answer and an exercise, in that order around the sample', () => {
    const assessed: FormattableQuestion = {
      ...tricky,
      type: 'exercise',
      exercise: {
        format: 'in-tray',
        prepMinutes: 20,
        brief: 'Sort these items.',
        materials: '1. An email\n2. A letter',
      },
      guidance: {
        ...(tricky.guidance as NonNullable<FormattableQuestion['guidance']>),
        redFlags: [{ text: 'Blames the customer', cues: ['their fault'] }, 'Plain flag'],
        rubric: { poor: 'P.', mixed: 'M.', good: 'G.', excellent: 'E.' },
        weakAnswer: 'I would say it is their fault.',
      },
    };
    const text = toMarkdown([assessed], { guidance: true });
    const headings = text.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Exercise: in-tray, 20 minutes to prepare',
      '### Materials',
      '### What the interviewer is assessing',
      '### Key points',
      '### Red flags',
      '### Rubric',
      '### Weak answer',
      '### Sample answer',
      '### Follow-ups',
      '### Key terms',
    ]);
    expect(text).toContain('- Blames the customer\n- Plain flag');
    expect(text).toContain('- **Poor:** P.\n- **Mixed:** M.\n- **Good:** G.\n- **Excellent:** E.');
    expect(text).toContain('### Weak answer\n\nI would say it is their fault.');
    expect(text).toContain('### Materials\n\n> 1. An email\n> 2. A letter');
  });

  it('writes nothing for no questions', () => {
    expect(toMarkdown([])).toBe('');
  });

  it('writes every question of the real bank', () => {
    for (const guidance of [false, true]) {
      const markdown = toMarkdown(questions, { guidance });
      const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
      expect(headings).toEqual(questions.map((q) => `## ${q.text}`));
      for (const q of questions) expect(markdown).toContain(`Id: ${q.id} · `);
      // Headings inside exercise materials are the materials' own: count ours only.
      const ours =
        /^### (What the interviewer is assessing|Key points|Red flags|Rubric|Weak answer|Sample answer|Follow-ups|Key terms|Materials|Exercise: .*)$/;
      const sections = markdown.split('\n').filter((line) => ours.test(line));
      const expected = questions.reduce(
        (n, q) =>
          n +
          (q.guidance.keyTerms.length > 0 ? 6 : 5) +
          (q.guidance.rubric ? 1 : 0) +
          (q.guidance.weakAnswer ? 1 : 0),
        0,
      );
      const exercises = questions.filter((q) => q.exercise !== undefined).length * 2;
      expect(sections).toHaveLength(exercises + (guidance ? expected : 0));
      expect(markdown).not.toMatch(/\n\n\n/);
      expect(markdown.endsWith('\n')).toBe(true);
    }
    const first = questions[0];
    if (first?.guidance === undefined) throw new Error('the bank has guidance');
    const section = toMarkdown([first], { guidance: true });
    for (const point of first.guidance.keyPoints) expect(section).toContain(`\n- ${point}\n`);
    expect(section).toContain(`\n\n${first.guidance.sampleAnswer}\n\n`);
  });

  it('throws INVALID_ARGUMENT for bad input, naming what is valid', () => {
    const notArray = thrown(() => toMarkdown(undefined as never));
    expect(notArray.code).toBe('INVALID_ARGUMENT');
    expect(notArray.message).toBe(
      'toMarkdown: expected an array of questions, got a value of type undefined.',
    );
    expect(thrown(() => toMarkdown([plain], { guidance: null as never })).message).toBe(
      'toMarkdown: option "guidance" must be true or false, got null.',
    );
    expect(thrown(() => toMarkdown([plain], [] as never)).message).toBe(
      'toMarkdown: options must be an object, got an array.',
    );
  });
});
