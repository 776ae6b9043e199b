import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './analyse-answer.js';
import { compileLexicon, EMPTY_LEXICON } from './concept-lexicon.js';
import { MAX_COUNTED_UNITS, matchKeyPoints } from './match-key-points.js';
import { phraseUnits } from './phrase-units.js';

const review = (points: string[], answer: string, lexicon = EMPTY_LEXICON) =>
  matchKeyPoints(
    points.map((point) => ({ point, units: phraseUnits(point, lexicon) })),
    analyseAnswer(answer, lexicon),
  );

describe('matchKeyPoints', () => {
  it('covers a point whose words stand together in one sentence, and shows the evidence', () => {
    const [point] = review(
      ['Checks the read history first.'],
      'First I would check the read history. Then I call.',
    );
    expect(point).toEqual({
      point: 'Checks the read history first.',
      covered: true,
      matched: ['check', 'read', 'history', 'first'],
      score: 1,
      evidence: 'First I would check the read history.',
    });
  });

  it('covers across two neighbouring sentences, not across a long answer', () => {
    expect(
      review(
        ['Offers a payment arrangement.'],
        'I would offer help. A payment plan with an arrangement fee waived.',
      )[0]?.covered,
    ).toBe(true);
    const far = `I would offer it. ${'We talked for a while about many other things here. '.repeat(6)} The arrangement came later.`;
    expect(review(['Offers a payment arrangement.'], far)[0]?.covered).toBe(false);
  });

  it('covers nothing from a bare list of terms', () => {
    const [point] = review(
      ['Checks the read history first.'],
      'read history, meter test, payment arrangement, interval data, back-billing.',
    );
    expect(point?.covered).toBe(false);
  });

  it('lets one sentence cover at most two points', () => {
    const points = [
      'Checks the read history.',
      'Orders a meter test.',
      'Offers a payment arrangement.',
    ];
    const packed = 'I check the read history, order a meter test and offer a payment arrangement.';
    expect(review(points, packed).filter((p) => p.covered)).toHaveLength(2);
    const spread = 'I check the read history. I order a meter test. I offer a payment arrangement.';
    expect(review(points, spread).filter((p) => p.covered)).toHaveLength(3);
  });

  it(`judges a long point on at most ${MAX_COUNTED_UNITS} of its words`, () => {
    const long =
      'Widens the investigation - usage history, weather, rate changes, interval data, a meter test, billing determinants, occupancy and appliances.';
    expect(
      review([long], 'I would widen the investigation to the weather and interval data.')[0]
        ?.covered,
    ).toBe(true);
  });

  it('counts a synonym of the lexicon', () => {
    const lexicon = compileLexicon([
      { id: 'payment-arrangement', terms: ['payment arrangement', 'installment plan'] },
    ]);
    const answer = 'I would offer an installment plan.';
    expect(review(['Offers a payment arrangement.'], answer)[0]?.covered).toBe(false);
    expect(review(['Offers a payment arrangement.'], answer, lexicon)[0]).toMatchObject({
      covered: true,
      matched: ['offer', 'payment arrangement'],
    });
  });

  it('never covers a point without content words', () => {
    expect(review(['It is what it is.'], 'It is what it is.')[0]).toMatchObject({
      covered: false,
      score: 0,
    });
  });
});
