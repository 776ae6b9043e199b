import { describe, expect, it } from 'vitest';
import type { AnswerReview } from './answer-review.js';
import { writeSummary } from './write-summary.js';

const base: Omit<AnswerReview, 'summary'> = {
  score: 80,
  level: 'excellent',
  redFlags: [],
  warnings: [],
  nextFollowUp: undefined,
  wordCount: 140,
  speakingSeconds: 60,
  targetSeconds: 120,
  keyTerms: { used: ['meter test'], missed: [] },
  keyPoints: [
    {
      point: 'Checks reads.',
      covered: true,
      matched: ['Checks', 'reads'],
      score: 1,
      evidence: undefined,
    },
  ],
  star: undefined,
  fillers: [],
};

describe('writeSummary', () => {
  it('says so when there is nothing to add', () => {
    expect(writeSummary(base)).toEqual([
      'Nothing to add: every key point and key term is covered.',
    ]);
  });

  it('puts red flags and warnings first', () => {
    expect(
      writeSummary({
        ...base,
        redFlags: [{ flag: 'Blames the customer.', evidence: 'Their fault.', generic: undefined }],
        warnings: [{ code: 'keyword-list', message: 'Say it in sentences.' }],
      }),
    ).toEqual(['Watch out: Blames the customer.', 'Say it in sentences.']);
  });

  it('says no answer was given for an empty answer', () => {
    expect(writeSummary({ ...base, wordCount: 0, speakingSeconds: 0 })).toEqual([
      'No answer given: write an answer to get feedback.',
    ]);
  });

  it('lists every gap in order', () => {
    expect(
      writeSummary({
        ...base,
        speakingSeconds: 29,
        keyTerms: { used: [], missed: ['estimated read', 'meter test'] },
        keyPoints: [
          { point: 'A.', covered: false, matched: [], score: 0, evidence: undefined },
          { point: 'B.', covered: true, matched: [], score: 1, evidence: undefined },
        ],
        star: {
          situation: false,
          task: true,
          action: true,
          result: false,
          missing: ['situation', 'result'],
        },
        fillers: [
          { word: 'um', count: 4 },
          { word: 'basically', count: 1 },
        ],
      }),
    ).toEqual([
      'Cover more key points: 1 of 2 covered.',
      'Mention: estimated read, meter test',
      'Set the scene: where you were and when (for example, "In my last role...").',
      'Add a result with a number (for example, "complaints fell by 30%").',
      'Say more: about 29 seconds spoken against 2 minutes suggested.',
      'Cut filler: um (4), basically (1)',
    ]);
  });

  it('asks to tighten an answer longer than the suggested time', () => {
    expect(writeSummary({ ...base, speakingSeconds: 121 })).toEqual([
      'Tighten it: about 2 minutes spoken against 2 minutes suggested.',
    ]);
    expect(writeSummary({ ...base, speakingSeconds: 30 })).toEqual([
      'Nothing to add: every key point and key term is covered.',
    ]);
  });
});
