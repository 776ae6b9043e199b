import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './analyse-answer.js';
import { compileLexicon, EMPTY_LEXICON, findPhrases } from './concept-lexicon.js';

describe('analyseAnswer', () => {
  it('splits sentences and reads each, with clauses for negation', () => {
    const [first, second] = analyseAnswer(
      'I checked the reads, but not the meter. Then I called!',
      EMPTY_LEXICON,
    );
    expect(first?.text).toBe('I checked the reads, but not the meter.');
    expect(first?.stems).toEqual(['check', 'read', 'meter']);
    // The comma and "but" both break the clause; "but" itself is not kept as a word.
    expect(first?.clauses).toEqual([0, 0, 0, 0, 2, 2, 2]);
    expect(second?.text).toBe('Then I called!');
  });

  it('marks bare lists of terms, not sentences that list a few things', () => {
    const read = (text: string) => analyseAnswer(text, EMPTY_LEXICON)[0]?.listLike;
    expect(
      read('payment arrangement, meter test, interval data, back-billing, catch-up bill'),
    ).toBe(true);
    expect(read('Read history estimated read meter test interval data')).toBe(true);
    expect(
      read('I would check the read history, the weather, any rate changes and the interval data.'),
    ).toBe(false);
    expect(read('Short one.')).toBe(false);
  });

  it('adds the concepts a sentence names', () => {
    const lexicon = compileLexicon([
      { id: 'payment-arrangement', terms: ['payment arrangement', 'deferred payment agreement'] },
    ]);
    const [sentence] = analyseAnswer('We agreed a deferred payment agreement.', lexicon);
    expect([...(sentence?.units ?? [])]).toContain('#payment-arrangement');
    expect(findPhrases(['defer', 'payment', 'agreement'], lexicon)).toEqual([
      { start: 0, length: 3, concept: 'payment-arrangement' },
    ]);
  });

  it('leaves out a term of several words that comes down to one content word', () => {
    const lexicon = compileLexicon([
      { id: 'payment-arrangement', terms: ['payment plan', 'on a plan'] },
      { id: 'check-in', terms: ['check in'] },
    ]);
    const units = (text: string) => [...(analyseAnswer(text, lexicon)[0]?.units ?? [])];
    expect(units('We agreed a payment plan.')).toContain('#payment-arrangement');
    expect(units('We put her on a plan.')).not.toContain('#payment-arrangement');
    expect(units('I checked the bill.')).not.toContain('#check-in');
  });
});
