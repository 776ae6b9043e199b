import { describe, expect, it } from 'vitest';
import { matchKeyTerms } from './match-key-terms.js';

describe('matchKeyTerms', () => {
  it('ignores case and accents on either side', () => {
    expect(
      matchKeyTerms(
        ['Café Crème', 'résumé', 'LIHEAP', 'naïve Bayes'],
        'A CAFE CREME, two Resumes, liheap, and a naive bayes model.',
      ),
    ).toEqual({ used: ['Café Crème', 'résumé', 'LIHEAP', 'naïve Bayes'], missed: [] });
  });

  it('allows plural, -ed and -ing endings', () => {
    expect(
      matchKeyTerms(
        ['estimated read', 'meter test', 'payment arrangement', 'policy'],
        'After estimating readings, metering tests and payment arrangements; two policies.',
      ),
    ).toEqual({
      used: ['estimated read', 'meter test', 'payment arrangement', 'policy'],
      missed: [],
    });
  });

  it('needs the words consecutively and in order', () => {
    expect(
      matchKeyTerms(
        ['read history', 'meter test', 'interval data'],
        'The history of the read; I would test the meter; data at intervals.',
      ),
    ).toEqual({ used: [], missed: ['read history', 'meter test', 'interval data'] });
  });

  it('treats hyphens as spaces and also matches a term written as one word', () => {
    expect(
      matchKeyTerms(
        ['catch-up bill', 'back-billing', 'percentage-of-income plan', 'smart meter'],
        'A catch up bill, backbilling rules, a percentage of income plan, a smart-meter.',
      ),
    ).toEqual({
      used: ['catch-up bill', 'back-billing', 'percentage-of-income plan', 'smart meter'],
      missed: [],
    });
  });

  it('does not match parts of words, and never uses a term without letters or digits', () => {
    expect(matchKeyTerms(['arrears', 'rate', '—'], 'Arrearsless ratepayers — separate.')).toEqual({
      used: [],
      missed: ['arrears', 'rate', '—'],
    });
  });

  it('keeps the order of the guidance and duplicate terms', () => {
    expect(matchKeyTerms(['b', 'a', 'b'], 'a b')).toEqual({ used: ['b', 'a', 'b'], missed: [] });
    expect(matchKeyTerms(['b', 'c', 'a'], 'a')).toEqual({ used: ['a'], missed: ['b', 'c'] });
  });
});
