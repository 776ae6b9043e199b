import { describe, expect, it } from 'vitest';
import { KEY_POINT_MIN_MATCHES, KEY_POINT_THRESHOLD, matchKeyPoints } from './match-key-points.js';

describe('matchKeyPoints', () => {
  it('scores the share of content words found, as written in the key point', () => {
    expect(
      matchKeyPoints(
        ['Checks READ history first - actual versus estimated reads.'],
        'I would check the reading and estimate it.',
      ),
    ).toEqual([
      {
        point: 'Checks READ history first - actual versus estimated reads.',
        covered: true,
        matched: ['Checks', 'READ', 'estimated'],
        score: 0.43,
      },
    ]);
  });

  it('covers a key point from the threshold, not below it', () => {
    expect(KEY_POINT_THRESHOLD).toBe(0.35);
    expect(KEY_POINT_MIN_MATCHES).toBe(2);
    const point = 'Explains billing, meters, tariffs, rates, credits and refunds clearly.';
    const [below] = matchKeyPoints([point], 'billing and meters');
    const [at] = matchKeyPoints([point], 'billing, meters and tariffs');
    expect(below).toMatchObject({ covered: false, score: 0.25 });
    expect(at).toMatchObject({ covered: true, score: 0.38 });
  });

  it('never covers a key point without content words', () => {
    expect(matchKeyPoints(['It is what it is.'], 'It is what it is.')).toEqual([
      { point: 'It is what it is.', covered: false, matched: [], score: 0 },
    ]);
  });

  it('ignores stop words in the answer', () => {
    const [review] = matchKeyPoints(['Takes note of the dispute.'], 'Not now.');
    expect(review).toMatchObject({ matched: [], score: 0 });
  });
});
