import { describe, expect, it } from 'vitest';
import { contentWords, STOP_WORDS } from './content-words.js';
import { foldText } from './fold-text.js';
import { splitWords } from './split-words.js';

describe('foldText', () => {
  it('lower-cases, removes accents and straightens apostrophes', () => {
    expect(foldText('Café CRÈME’s ﬁnal İstanbul')).toBe("cafe creme's final istanbul");
  });
});

describe('splitWords', () => {
  it('splits on hyphens and punctuation, keeps apostrophes and number separators', () => {
    expect(splitWords("The customer's catch-up bill: $1,400 (3.5%). Don't!")).toEqual([
      { text: 'The', folded: 'the', index: 0 },
      { text: "customer's", folded: 'customer', index: 4 },
      { text: 'catch', folded: 'catch', index: 15 },
      { text: 'up', folded: 'up', index: 21 },
      { text: 'bill', folded: 'bill', index: 24 },
      { text: '1,400', folded: '1,400', index: 31 },
      { text: '3.5', folded: '3.5', index: 38 },
      { text: "Don't", folded: "don't", index: 45 },
    ]);
  });

  it('finds no words in blank or punctuation-only text', () => {
    expect(splitWords('  \n\t -- ... !! ')).toEqual([]);
  });
});

describe('contentWords', () => {
  it('drops stop words, numbers and single characters, and keeps one word per stem', () => {
    expect(contentWords('Checks the read history - 12 months of reads, 1 by 1 - first.')).toEqual([
      { text: 'Checks', stem: 'check' },
      { text: 'read', stem: 'read' },
      { text: 'history', stem: 'history' },
      { text: 'months', stem: 'month' },
      { text: 'first', stem: 'first' },
    ]);
  });

  it('keeps a sorted, lower-case, unaccented stop-word list', () => {
    expect([...STOP_WORDS].sort()).toEqual(STOP_WORDS);
    expect(STOP_WORDS.every((word) => word === foldText(word))).toBe(true);
    expect(Object.isFrozen(STOP_WORDS)).toBe(true);
  });
});
