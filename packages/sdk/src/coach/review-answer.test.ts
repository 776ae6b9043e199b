import { bank, questions } from '@prepdeck/questions';
import type { Question } from '@prepdeck/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrepdeckError } from '../prepdeck-error.js';
import { type CoachableQuestion, createCoach, MAX_ANSWER_LENGTH, reviewAnswer } from './index.js';

function questionById(id: string): Question {
  const question = questions.find((q) => q.id === id);
  if (question === undefined) throw new Error(`no question with id ${id}`);
  return question;
}

function codeAndMessage(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof PrepdeckError) return [error.code, error.message];
    throw error;
  }
  throw new Error('expected a PrepdeckError');
}

const highBill = questionById('high-bill-after-estimated-reads');

/** A strong answer in its own words, not the sample's. */
const strongHighBill = [
  'I would let her vent first and say plainly that a bill three times the normal amount is alarming and that I will get to the bottom of it.',
  'Then I would open the read history: two estimated months followed by an actual read usually means a catch-up bill, where the usage we underestimated lands in one cycle.',
  'If the reads do not explain it, I would compare usage with the same months last year, check the weather and any rate change, pull the interval data from the smart meter and book a meter test.',
  'For the fix I would rebill on corrected reads, offer a payment arrangement for the catch-up, put collection activity on hold while it is disputed, and check any back-billing limit that applies.',
  'Afterwards I would find out why the meter went unread and write to her with what we found and what happens next.',
].join(' ');

const keywordSalad = `${highBill.guidance.keyTerms.join(', ')}. ${highBill.guidance.keyTerms.join(', ')}.`;

describe('reviewAnswer on a real question', () => {
  it('scores a strong answer good or better, covering most key points, with no red flags', () => {
    const review = reviewAnswer(highBill, strongHighBill);
    expect(review.score).toBeGreaterThanOrEqual(55);
    expect(['good', 'excellent']).toContain(review.level);
    expect(review.keyPoints.filter((point) => point.covered).length).toBeGreaterThanOrEqual(4);
    for (const point of review.keyPoints.filter((p) => p.covered)) {
      expect(strongHighBill).toContain(point.evidence?.split(' ').slice(0, 4).join(' '));
    }
    expect(review.redFlags).toEqual([]);
    expect(review.warnings).toEqual([]);
  });

  it('scores a bare list of key terms below a strong answer, covering nothing, with a keyword-list warning', () => {
    const review = reviewAnswer(highBill, keywordSalad);
    expect(review.keyPoints.some((point) => point.covered)).toBe(false);
    expect(review.keyTerms.used).toEqual([]);
    expect(review.warnings.map((w) => w.code)).toContain('keyword-list');
    expect(review.level).toBe('poor');
    expect(review.score).toBeLessThan(reviewAnswer(highBill, strongHighBill).score);
  });

  it('does not let one packed sentence cover every key point', () => {
    const packed =
      'I acknowledge the shock, check the read history of actual versus estimated reads, widen to usage, weather, interval data and a meter test, rebill with a payment arrangement and a collections hold within back-billing limits, and fix why the meter was not read.';
    const review = reviewAnswer(highBill, packed);
    expect(review.keyPoints.filter((point) => point.covered).length).toBeLessThanOrEqual(2);
  });

  it('covers nothing from an answer that reads as notes, even in short phrases', () => {
    const notes = [
      'Acknowledge the shock, ownership of the call.',
      'Read history, two estimated reads, catch-up bill, actual read.',
      'Usage against last year, weather, rate change, interval data, meter test.',
      'Rebill on corrected reads, payment arrangement, collections hold, back-billing limit.',
      'Fix the cause, why the meter was not read, what happens next.',
    ].join(' ');
    expect(reviewAnswer(highBill, strongHighBill).keyPoints.some((p) => p.covered)).toBe(true);
    const review = reviewAnswer(highBill, notes);
    expect(review.keyPoints.filter((point) => point.covered)).toEqual([]);
  });

  it('covers nothing from an answer that leans on jargon', () => {
    const jargon = `${strongHighBill} Ultimately it is about a holistic, best-in-class, customer-centric journey that leverages synergies.`;
    const plain = reviewAnswer(highBill, strongHighBill);
    const review = reviewAnswer(highBill, jargon);
    expect(plain.keyPoints.some((point) => point.covered)).toBe(true);
    expect(review.keyPoints.filter((point) => point.covered)).toEqual([]);
    expect(review.warnings.map((w) => w.code)).toContain('buzzwords');
  });

  it('does not count a key point made in the sentence that commits a red flag', () => {
    const point =
      'I would open the read history and check for estimated reads before anything else.';
    const said = reviewAnswer(highBill, point);
    const flagged = reviewAnswer(
      highBill,
      'I would open the read history and check for estimated reads, but rules are rules.',
    );
    const covered = (r: typeof said) => r.keyPoints.filter((k) => k.covered).map((k) => k.point);
    expect(covered(said).length).toBeGreaterThan(0);
    expect(flagged.redFlags.map((f) => f.generic)).toEqual(['policy-without-discretion']);
    expect(covered(flagged)).toEqual([]);
  });

  it('finds the question red flags and the generic ones, with the sentence that raised each', () => {
    const review = reviewAnswer(
      highBill,
      'Our meters are accurate, so the bill is correct. Honestly, rules are rules. I would explain the estimate and move on.',
    );
    expect(review.redFlags).toEqual([
      {
        flag: 'Defends the bill before looking at the read history.',
        evidence: 'Our meters are accurate, so the bill is correct.',
        generic: undefined,
      },
      {
        flag: 'Applies policy with no judgement: "policy is policy".',
        evidence: 'Honestly, rules are rules.',
        generic: 'policy-without-discretion',
      },
    ]);
    expect(review.summary[0]).toBe(
      'Watch out: Defends the bill before looking at the read history.',
    );
  });

  it('reads a negated cue as no flag', () => {
    const review = reviewAnswer(highBill, 'I would never tell a customer it is not our problem.');
    expect(review.redFlags).toEqual([]);
    const flagged = reviewAnswer(highBill, 'I would tell the customer it is not our problem.');
    expect(flagged.redFlags.map((f) => f.generic)).toEqual(['blames-others']);
  });

  it('asks next the follow-up that probes what the answer missed', () => {
    const review = reviewAnswer(
      highBill,
      'I would apologise and check the read history for estimated reads, then rebill it.',
    );
    expect(highBill.guidance.followUps).toContain(review.nextFollowUp);
    const offTopic = {
      ...highBill.guidance,
      followUps: ['Why do you want this job?', ...highBill.guidance.followUps],
    };
    const probing = reviewAnswer({ ...highBill, guidance: offTopic }, 'I would apologise.');
    expect(probing.nextFollowUp).not.toBe('Why do you want this job?');
  });

  it('counts a synonym from the lexicon for a key term', () => {
    const concepts = [
      { id: 'payment-arrangement', terms: ['payment arrangement', 'installment plan'] },
    ];
    const answer =
      'I would set up an installment plan for the catch-up amount so she can pay it over months.';
    expect(reviewAnswer(highBill, answer).keyTerms.used).not.toContain('payment arrangement');
    expect(reviewAnswer(highBill, answer, { concepts }).keyTerms.used).toContain(
      'payment arrangement',
    );
    expect(createCoach({ concepts }).review(highBill, answer)).toEqual(
      reviewAnswer(highBill, answer, { concepts }),
    );
  });
});

describe('reviewAnswer on empty answers', () => {
  it.each(['', '   ', '\n\t \r\n'])('reviews %j as no answer, scoring 0', (answer) => {
    const review = reviewAnswer(highBill, answer);
    expect(review).toMatchObject({
      score: 0,
      level: 'poor',
      wordCount: 0,
      speakingSeconds: 0,
      redFlags: [],
      warnings: [],
      summary: ['No answer given: write an answer to get feedback.'],
    });
    expect(review.keyPoints.every((point) => !point.covered)).toBe(true);
  });
});

describe('reviewAnswer on a small fixture', () => {
  const tiny: CoachableQuestion = {
    type: 'situational',
    estimatedMinutes: 1,
    guidance: {
      keyPoints: ['Checks the meter reads first.', 'Offers a payment arrangement.'],
      keyTerms: ['meter read', 'payment arrangement'],
      redFlags: [{ text: 'Blames the customer.', cues: ['your own fault'] }],
      followUps: ['What if the reads are right?', 'How long would the arrangement run?'],
    },
  };

  it('counts every word as a reader would, clause words and grouped numbers included', () => {
    const answer = 'It cost 1,200 dollars, but however you look at it, we paid.';
    expect(reviewAnswer(tiny, answer).wordCount).toBe(12);
    expect(createCoach().review(tiny, answer).wordCount).toBe(12);
  });

  it('gives the exact review', () => {
    const answer =
      'I would check the meter reads first. Then I would offer a payment arrangement over six months.';
    // 60+15 for both points, 10 for both terms, 15 x 0.29 for 7 of 60 seconds: 89.
    expect(reviewAnswer(tiny, answer)).toEqual({
      score: 89,
      level: 'excellent',
      wordCount: 17,
      speakingSeconds: 7,
      targetSeconds: 60,
      keyTerms: { used: ['meter read', 'payment arrangement'], missed: [] },
      keyPoints: [
        {
          point: 'Checks the meter reads first.',
          covered: true,
          matched: ['check', 'meter', 'read', 'first'],
          score: 1,
          evidence: 'I would check the meter reads first.',
        },
        {
          point: 'Offers a payment arrangement.',
          covered: true,
          matched: ['offer', 'payment', 'arrangement'],
          score: 1,
          evidence: 'Then I would offer a payment arrangement over six months.',
        },
      ],
      redFlags: [],
      warnings: [],
      star: undefined,
      fillers: [],
      nextFollowUp: 'What if the reads are right?',
      summary: ['Say more: about 7 seconds spoken against 1 minute suggested.'],
    });
  });
});

describe('reviewAnswer is deterministic and total', () => {
  it('never throws, keeps its ranges, partitions the key terms, and repeats itself', () => {
    const vocabulary = [
      ...highBill.guidance.keyTerms,
      'not our problem',
      'never',
      'rules are rules',
      'leverage',
      'um',
      'Café',
      '—',
      '.',
      ',',
      '\n',
    ];
    const soup = fc
      .array(fc.constantFrom(...vocabulary), { maxLength: 60 })
      .map((w) => w.join(' '));
    const coach = createCoach({ concepts: bank.concepts ?? [] });
    fc.assert(
      fc.property(
        fc.constantFrom(...questions),
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), soup),
        (question, answer) => {
          const review = coach.review(question, answer);
          expect(Number.isInteger(review.score) && review.score >= 0 && review.score <= 100).toBe(
            true,
          );
          for (const point of review.keyPoints) {
            expect(point.score).toBeGreaterThanOrEqual(0);
            expect(point.score).toBeLessThanOrEqual(1);
          }
          const { used, missed } = review.keyTerms;
          expect([...used, ...missed].sort()).toEqual([...question.guidance.keyTerms].sort());
          for (const finding of review.redFlags) expect(answer).toContain(finding.evidence);
          expect(coach.review(question, answer)).toEqual(review);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reviewAnswer rejects bad input', () => {
  it.each([42, null, undefined, ['an answer']])('throws for the answer %j', (answer) => {
    const [code, message] = codeAndMessage(() =>
      reviewAnswer(highBill, answer as unknown as string),
    );
    expect(code).toBe('INVALID_ARGUMENT');
    expect(message).toMatch(/^reviewAnswer: answer must be a string, got /);
  });

  it('refuses an answer over the documented limit, quickly', () => {
    const huge = 'word '.repeat(MAX_ANSWER_LENGTH / 5 + 1);
    expect(codeAndMessage(() => reviewAnswer(highBill, huge))).toEqual([
      'INVALID_ARGUMENT',
      `reviewAnswer: the answer has ${huge.length} characters; the coach reviews answers of up to ${MAX_ANSWER_LENGTH}.`,
    ]);
  });

  it('throws for malformed questions', () => {
    const cases: [unknown, string][] = [
      [null, 'reviewAnswer: expected a question object, got null.'],
      [
        { type: 'general' },
        'reviewAnswer: the question has no guidance (got undefined); an answer is reviewed against guidance.keyPoints and guidance.keyTerms.',
      ],
      [
        { type: 'general', guidance: { keyPoints: 'check', keyTerms: [] } },
        'reviewAnswer: question.guidance.keyPoints must be an array of strings, got "check".',
      ],
      [
        { type: 'general', guidance: { keyPoints: [], keyTerms: [], redFlags: [7] } },
        'reviewAnswer: question.guidance.redFlags[0] must be a string or { text, cues }, got 7.',
      ],
      [
        { type: 'general', guidance: { keyPoints: [], keyTerms: [], followUps: 'x' } },
        'reviewAnswer: question.guidance.followUps must be an array of strings, got "x".',
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

  it('throws for bad options and a bad lexicon', () => {
    expect(codeAndMessage(() => reviewAnswer(highBill, 'x', { wordsPerMinute: 0 }))).toEqual([
      'INVALID_ARGUMENT',
      'reviewAnswer: option "wordsPerMinute" must be a positive number, got 0.',
    ]);
    const typo = { wordsPerMinut: 120 } as unknown as { wordsPerMinute: number };
    expect(codeAndMessage(() => reviewAnswer(highBill, 'x', typo))).toEqual([
      'INVALID_ARGUMENT',
      'reviewAnswer: unknown option "wordsPerMinut". Did you mean "wordsPerMinute"? Valid options: wordsPerMinute, concepts.',
    ]);
    expect(codeAndMessage(() => createCoach({ concepts: [{ id: 'x' }] as never }))).toEqual([
      'INVALID_ARGUMENT',
      'concepts: item 0 must be { id: string, terms: string[] }.',
    ]);
    expect(codeAndMessage(() => createCoach({ concept: [] } as never))[1]).toMatch(
      /Did you mean "concepts"\?/,
    );
  });
});
