import { questions } from '@prepdeck/questions';
import type { Question } from '@prepdeck/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrepdeckError } from '../prepdeck-error.js';
import { type CoachableQuestion, reviewAnswer } from './index.js';

function questionById(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (question === undefined) throw new Error(`no question with id ${id}`);
  return question;
}

const highBill = questionById('high-bill-after-estimated-reads');
const arrears = questionById('arrears-customer-never-enrolled-in-assistance');

const strongHighBill = [
  'First I would let the customer finish, acknowledge the shock of a bill three times the usual',
  'amount, and take ownership of the call before explaining anything. Then I would check the read',
  'history, actual versus estimated reads, because after two estimated reads the most common cause',
  'is a catch-up bill once an actual read comes in. If the reads do not explain it, I would widen',
  'the investigation: 12 to 24 months of usage, the weather, any rate changes, interval data from',
  'the smart meter, and a meter test if usage still looks wrong. For remedies, I would rebill on',
  'corrected reads, spread the catch-up over a payment arrangement, hold collection activity while',
  'the bill is disputed, and apply any back-billing limits. Finally I would fix the cause, find out',
  'why the meter was not read, and tell the customer how the bill was resolved and what happens next.',
].join(' ');

const weakHighBill =
  'I would stay calm, listen to the customer and say sorry. Then I would look into it and get ' +
  'back to them. Customer service is very important to me and I always try my best.';

const arrearsStory = [
  'In my last role, a collections supervisor flagged a retired customer with $1,400 in arrears,',
  'two weeks from a final notice. My task was to keep her connected and find help she qualified',
  'for. I put the account on a collections hold for thirty days and called her myself. We helped',
  'her apply for LIHEAP and set a payment arrangement she could keep.',
].join(' ');

const arrearsResult =
  'As a result, the grant cleared half the balance, and after we added an eligibility screen ' +
  'before final notices, assistance enrollments rose by 40% within a year.';

describe('reviewAnswer on real questions', () => {
  it('credits a strong answer to high-bill-after-estimated-reads', () => {
    const review = reviewAnswer(highBill, strongHighBill);
    expect(review.wordCount).toBe(153);
    expect(review.speakingSeconds).toBe(66);
    expect(review.targetSeconds).toBe(240);
    expect(review.keyPoints.map((keyPoint) => keyPoint.covered)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(review.keyPoints.map((keyPoint) => keyPoint.score)).toEqual([1, 1, 1, 0.94, 1]);
    expect(review.keyPoints[0]?.matched).toEqual([
      'Acknowledges',
      'shock',
      'takes',
      'ownership',
      'call',
      'explaining',
    ]);
    expect(review.keyTerms).toEqual({ used: highBill.guidance.keyTerms, missed: [] });
    expect(review.star).toBeUndefined();
    expect(review.fillers).toEqual([]);
    expect(review.summary).toEqual(['Nothing to add: every key point and key term is covered.']);
  });

  it('flags a weak generic answer', () => {
    const review = reviewAnswer(highBill, weakHighBill);
    expect(review.wordCount).toBe(35);
    expect(review.keyPoints.filter((keyPoint) => keyPoint.covered)).toEqual([]);
    expect(review.keyPoints.map((keyPoint) => keyPoint.matched)).toEqual([
      [],
      [],
      ['looks'],
      ['back'],
      ['customer'],
    ]);
    expect(review.keyTerms).toEqual({ used: [], missed: highBill.guidance.keyTerms });
    expect(review.summary).toEqual([
      'Cover more key points: 0 of 5 covered.',
      'Mention: estimated read, catch-up bill, read history, meter test, interval data, payment arrangement, back-billing',
      'Say more: about 15 seconds spoken against 4 minutes suggested.',
    ]);
  });

  it('finds every STAR part in a behavioral answer with a result', () => {
    const review = reviewAnswer(arrears, `${arrearsStory} ${arrearsResult}`);
    expect(review.star).toEqual({
      situation: true,
      task: true,
      action: true,
      result: true,
      missing: [],
    });
    expect(review.keyTerms).toEqual({
      used: ['arrears', 'LIHEAP', 'collections hold', 'payment arrangement', 'final notice'],
      missed: ['percentage-of-income plan', 'hardship'],
    });
    expect(review.summary).not.toContain(
      'Add a result with a number (for example, "complaints fell by 30%").',
    );
  });

  it('asks for the result of a behavioral answer without one', () => {
    const review = reviewAnswer(arrears, arrearsStory);
    expect(review.star).toEqual({
      situation: true,
      task: true,
      action: true,
      result: false,
      missing: ['result'],
    });
    expect(review.summary).toContain(
      'Add a result with a number (for example, "complaints fell by 30%").',
    );
  });

  it('gives the review shown in the documentation', () => {
    const review = reviewAnswer(highBill, 'Um, I would check the read history first.');
    expect(review.wordCount).toBe(8);
    expect(review.keyTerms.used).toEqual(['read history']);
    expect(review.summary).toEqual([
      'Cover more key points: 1 of 5 covered.',
      'Mention: estimated read, catch-up bill, meter test, interval data, payment arrangement, back-billing',
      'Say more: about 3 seconds spoken against 4 minutes suggested.',
      'Cut filler: um (1)',
    ]);
  });

  it('gives no STAR review for questions that are not behavioral', () => {
    expect(highBill.type).toBe('situational');
    expect(reviewAnswer(highBill, arrearsStory).star).toBeUndefined();
  });

  it('credits the sample answers of the bank with most of their key points', () => {
    let covered = 0;
    let total = 0;
    for (const question of questions) {
      const review = reviewAnswer(question, question.guidance.sampleAnswer);
      covered += review.keyPoints.filter((keyPoint) => keyPoint.covered).length;
      total += review.keyPoints.length;
    }
    expect(covered / total).toBeGreaterThan(0.8);
  });
});

describe('reviewAnswer on empty answers', () => {
  it.each(['', '   ', '\n\t \r\n'])('reviews %j as no answer', (answer) => {
    expect(reviewAnswer(arrears, answer)).toEqual({
      wordCount: 0,
      speakingSeconds: 0,
      targetSeconds: 300,
      keyTerms: { used: [], missed: arrears.guidance.keyTerms },
      keyPoints: arrears.guidance.keyPoints.map((point) => ({
        point,
        covered: false,
        matched: [],
        score: 0,
      })),
      star: {
        situation: false,
        task: false,
        action: false,
        result: false,
        missing: ['situation', 'task', 'action', 'result'],
      },
      fillers: [],
      summary: ['No answer given: write an answer to get feedback.'],
    });
  });
});

describe('reviewAnswer on a small fixture', () => {
  const tiny: CoachableQuestion = {
    type: 'behavioral',
    estimatedMinutes: 1,
    guidance: {
      keyPoints: [
        'Checks the meter reads first.',
        'Explains the catch-up bill plainly to the customer.',
        'Offers a payment arrangement.',
      ],
      keyTerms: ['meter read', 'payment arrangement', 'Back-billing'],
    },
  };

  it('gives the exact review', () => {
    const answer = 'Um, in my last role I checked the meter reading. Um, complaints fell by 20%.';
    expect(reviewAnswer(tiny, answer)).toEqual({
      wordCount: 15,
      speakingSeconds: 6,
      targetSeconds: 60,
      keyTerms: { used: ['meter read'], missed: ['payment arrangement', 'Back-billing'] },
      keyPoints: [
        {
          point: 'Checks the meter reads first.',
          covered: true,
          matched: ['Checks', 'meter', 'reads'],
          score: 0.75,
        },
        {
          point: 'Explains the catch-up bill plainly to the customer.',
          covered: false,
          matched: [],
          score: 0,
        },
        { point: 'Offers a payment arrangement.', covered: false, matched: [], score: 0 },
      ],
      star: { situation: true, task: false, action: true, result: true, missing: ['task'] },
      fillers: [{ word: 'um', count: 2 }],
      summary: [
        'Cover more key points: 1 of 3 covered.',
        'Mention: payment arrangement, Back-billing',
        'Say what you had to achieve (for example, "My goal was to...").',
        'Say more: about 6 seconds spoken against 1 minute suggested.',
        'Cut filler: um (2)',
      ],
    });
  });

  it('covers a short key point with one matched word, and a longer one with two', () => {
    const short: CoachableQuestion = {
      type: 'general',
      guidance: { keyPoints: ['Offers refunds.', 'Offers a payment arrangement.'], keyTerms: [] },
    };
    expect(reviewAnswer(short, 'I offered help.').keyPoints).toEqual([
      { point: 'Offers refunds.', covered: true, matched: ['Offers'], score: 0.5 },
      { point: 'Offers a payment arrangement.', covered: false, matched: ['Offers'], score: 0.33 },
    ]);
    expect(reviewAnswer(short, 'I would offer an arrangement.').keyPoints[1]).toEqual({
      point: 'Offers a payment arrangement.',
      covered: true,
      matched: ['Offers', 'arrangement'],
      score: 0.67,
    });
  });

  it('estimates speaking time at the chosen rate', () => {
    const answer = 'word '.repeat(280);
    expect(reviewAnswer(tiny, answer).speakingSeconds).toBe(120);
    expect(reviewAnswer(tiny, answer, { wordsPerMinute: 160 }).speakingSeconds).toBe(105);
    expect(reviewAnswer(tiny, answer, { wordsPerMinute: undefined }).speakingSeconds).toBe(120);
  });

  it('leaves targetSeconds undefined without estimatedMinutes and asks to tighten long answers', () => {
    const { estimatedMinutes: _, ...untimed } = tiny;
    const review = reviewAnswer(untimed, 'word '.repeat(400));
    expect(review.targetSeconds).toBeUndefined();
    expect(review.summary.some((line) => line.startsWith('Say more'))).toBe(false);
    expect(reviewAnswer(tiny, 'word '.repeat(400)).summary).toContain(
      'Tighten it: about 3 minutes spoken against 1 minute suggested.',
    );
  });
});

describe('reviewAnswer is deterministic', () => {
  it('gives the same review twice', () => {
    for (const [question, answer] of [
      [highBill, strongHighBill],
      [highBill, weakHighBill],
      [arrears, `${arrearsStory} ${arrearsResult}`],
    ] as const) {
      const first = reviewAnswer(question, answer);
      const second = reviewAnswer(question, answer);
      expect(second).toEqual(first);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    }
  });

  it('never throws, partitions the key terms, and repeats itself for any answer', () => {
    const vocabulary = [
      ...highBill.guidance.keyTerms,
      ...arrears.guidance.keyTerms,
      'um',
      'you know',
      'In my last role',
      'my goal was',
      'I called',
      'fell by 20%',
      'Café',
      'RÉSUMÉ',
      '—',
      '.',
      '\n',
    ];
    const soup = fc
      .array(fc.constantFrom(...vocabulary), { maxLength: 40 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), soup),
        (question, answer) => {
          const review = reviewAnswer(question, answer);
          for (const count of [review.wordCount, review.speakingSeconds]) {
            expect(Number.isInteger(count) && count >= 0).toBe(true);
          }
          for (const filler of review.fillers) expect(filler.count).toBeGreaterThan(0);
          for (const keyPoint of review.keyPoints) {
            expect(keyPoint.score).toBeGreaterThanOrEqual(0);
            expect(keyPoint.score).toBeLessThanOrEqual(1);
          }
          const { used, missed } = review.keyTerms;
          expect([...used, ...missed].sort()).toEqual([...question.guidance.keyTerms].sort());
          expect(used.filter((term) => missed.includes(term))).toEqual([]);
          expect(review.summary.length).toBeGreaterThan(0);
          expect(reviewAnswer(question, answer)).toEqual(review);
        },
      ),
    );
  });
});

describe('reviewAnswer rejects bad input', () => {
  function codeAndMessage(run: () => unknown): [string, string] {
    try {
      run();
    } catch (error) {
      if (error instanceof PrepdeckError) return [error.code, error.message];
      throw error;
    }
    throw new Error('expected a PrepdeckError');
  }

  it.each([42, null, undefined, ['an answer']])('throws for the answer %j', (answer) => {
    const [code, message] = codeAndMessage(() =>
      reviewAnswer(highBill, answer as unknown as string),
    );
    expect(code).toBe('INVALID_ARGUMENT');
    expect(message).toMatch(/^reviewAnswer: answer must be a string, got /);
  });

  it('throws for a question without guidance', () => {
    const noGuidance = { type: 'general' } as unknown as CoachableQuestion;
    expect(codeAndMessage(() => reviewAnswer(noGuidance, 'My answer'))).toEqual([
      'INVALID_ARGUMENT',
      'reviewAnswer: the question has no guidance (got undefined); an answer is reviewed against guidance.keyPoints and guidance.keyTerms.',
    ]);
  });

  it('throws for malformed questions', () => {
    const cases: [unknown, string][] = [
      [null, 'reviewAnswer: expected a question object, got null.'],
      [
        { type: 'general', guidance: { keyPoints: 'check', keyTerms: [] } },
        'reviewAnswer: question.guidance.keyPoints must be an array of strings, got "check".',
      ],
      [
        { type: 'general', guidance: { keyPoints: [], keyTerms: ['ok', 7] } },
        'reviewAnswer: question.guidance.keyTerms must be an array of strings, but item 1 is 7.',
      ],
      [
        { type: 'general', estimatedMinutes: 0, guidance: { keyPoints: [], keyTerms: [] } },
        'reviewAnswer: question.estimatedMinutes must be a positive number, got 0.',
      ],
    ];
    for (const [question, message] of cases) {
      expect(codeAndMessage(() => reviewAnswer(question as CoachableQuestion, 'x'))).toEqual([
        'INVALID_ARGUMENT',
        message,
      ]);
    }
  });

  it('throws for bad options', () => {
    expect(codeAndMessage(() => reviewAnswer(highBill, 'x', { wordsPerMinute: 0 }))).toEqual([
      'INVALID_ARGUMENT',
      'reviewAnswer: option "wordsPerMinute" must be a positive number, got 0.',
    ]);
    const typo = { wordsPerMinut: 120 } as unknown as { wordsPerMinute: number };
    expect(codeAndMessage(() => reviewAnswer(highBill, 'x', typo))).toEqual([
      'INVALID_ARGUMENT',
      'reviewAnswer: unknown option "wordsPerMinut". Did you mean "wordsPerMinute"? Valid options: wordsPerMinute.',
    ]);
  });
});
