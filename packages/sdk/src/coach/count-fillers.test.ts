import { describe, expect, it } from 'vitest';
import { countFillers, FILLER_WORDS } from './count-fillers.js';

describe('countFillers', () => {
  it('counts fillers, most frequent first, then by word', () => {
    const answer =
      'Um, so, um, I basically, you know, called the customer. I mean, it was kind of urgent. ' +
      'Uh, what kind of plan? Ummm, actually LITERALLY. Errr, sort of fine.';
    expect(countFillers(answer)).toEqual([
      { word: 'um', count: 3 },
      { word: 'I mean', count: 1 },
      { word: 'actually', count: 1 },
      { word: 'basically', count: 1 },
      { word: 'er', count: 1 },
      { word: 'kind of', count: 1 },
      { word: 'literally', count: 1 },
      { word: 'sort of', count: 1 },
      { word: 'uh', count: 1 },
      { word: 'you know', count: 1 },
    ]);
  });

  it('skips phrases that are part of the sentence', () => {
    expect(
      countFillers(
        'What kind of plan? This sort of call. I will let you know. Do you know why? ' +
          'What I mean is this. I mean to fix it.',
      ),
    ).toEqual([]);
  });

  it('does not count words that merely contain a filler', () => {
    expect(countFillers('Umbrella, huh, error, mean, actual, kind, sort.')).toEqual([]);
  });

  it('finds nothing in an empty answer', () => {
    expect(countFillers('')).toEqual([]);
  });

  it('lists the documented fillers', () => {
    expect(FILLER_WORDS).toEqual([
      'um',
      'uh',
      'er',
      'erm',
      'you know',
      'I mean',
      'sort of',
      'kind of',
      'basically',
      'actually',
      'literally',
    ]);
  });
});
