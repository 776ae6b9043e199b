import { describe, expect, it } from 'vitest';
import { levelOf, SCORE_BANDS, scoreAnswer, timeFit } from './score-answer.js';

const full = {
  keyPoints: 1,
  keyTerms: 1,
  star: 1,
  time: 1,
  redFlags: 0,
  listShare: 0,
  buzzwords: 0,
  repeated: 0,
};

describe('scoreAnswer', () => {
  it('gives 100 for everything covered and nothing deducted, for behavioral and other questions', () => {
    expect(scoreAnswer(full)).toBe(100);
    expect(scoreAnswer({ ...full, star: undefined })).toBe(100);
  });

  it('weights key points, terms, STAR parts and time, and deducts flags, lists, buzzwords and repetition', () => {
    expect(scoreAnswer({ ...full, keyPoints: 0.5 })).toBe(70);
    expect(scoreAnswer({ ...full, star: undefined, keyPoints: 0.5 })).toBe(63);
    expect(scoreAnswer({ ...full, redFlags: 1 })).toBe(85);
    expect(scoreAnswer({ ...full, redFlags: 5 })).toBe(70);
    expect(scoreAnswer({ ...full, listShare: 0.5 })).toBe(80);
    expect(scoreAnswer({ ...full, buzzwords: 1 })).toBe(100);
    expect(scoreAnswer({ ...full, buzzwords: 4 })).toBe(88);
    expect(scoreAnswer({ ...full, repeated: 10 })).toBe(85);
    expect(scoreAnswer({ ...full, keyPoints: 0, keyTerms: 0, star: 0, time: 0, redFlags: 2 })).toBe(
      0,
    );
  });

  it('fits the time from half to one and a half times the suggestion', () => {
    expect(timeFit(60, 120)).toBe(1);
    expect(timeFit(180, 120)).toBe(1);
    expect(timeFit(30, 120)).toBe(0.5);
    expect(timeFit(240, 120)).toBe(0.5);
    expect(timeFit(1000, 120)).toBe(0.4);
    expect(timeFit(10, undefined)).toBe(1);
  });

  it('reads levels from the documented bands', () => {
    expect([0, 29, 30, 49, 50, 69, 70, 100].map(levelOf)).toEqual([
      'poor',
      'poor',
      'mixed',
      'mixed',
      'good',
      'good',
      'excellent',
      'excellent',
    ]);
    expect(SCORE_BANDS).toEqual({ mixed: 30, good: 50, excellent: 70 });
  });
});
