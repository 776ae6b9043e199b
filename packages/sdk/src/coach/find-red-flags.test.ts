import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './analyse-answer.js';
import { compileLexicon, EMPTY_LEXICON } from './concept-lexicon.js';
import { compileCue, findRedFlags, GENERIC_RED_FLAGS } from './find-red-flags.js';

const flagged = (cues: string[], answer: string, lexicon = EMPTY_LEXICON) =>
  findRedFlags(
    [{ text: 'The flag.', cues: cues.map((cue) => compileCue(cue, lexicon)) }],
    analyseAnswer(answer, lexicon),
  );

describe('findRedFlags', () => {
  it('finds a cue, any case or tense, and reports the sentence', () => {
    expect(
      flagged(['disconnect them anyway'], 'I checked. So we Disconnected them anyway.'),
    ).toEqual([
      { flag: 'The flag.', evidence: 'So we Disconnected them anyway.', generic: undefined },
    ]);
  });

  it('ignores a cue that something earlier in its clause negates', () => {
    for (const answer of [
      'I would never tell a customer it is not our problem.',
      "I wouldn't say it is not our problem.",
      'Rather than saying not our problem, I own it.',
    ]) {
      expect(flagged(['not our problem'], answer)).toEqual([]);
    }
    expect(
      flagged(['not our problem'], "I didn't wait, and told her it was not our problem."),
    ).toHaveLength(1);
  });

  it('matches a cue worded with a synonym from the lexicon', () => {
    const lexicon = compileLexicon([
      { id: 'waive', terms: ['waive the bill', 'write off the bill'] },
    ]);
    expect(flagged(['waive the bill'], 'I would just write off the bill.')).toEqual([]);
    expect(flagged(['waive the bill'], 'I would just write off the bill.', lexicon)).toHaveLength(
      1,
    );
  });

  it('knows the documented generic flags', () => {
    expect(GENERIC_RED_FLAGS.map((flag) => flag.id)).toEqual([
      'blames-others',
      'policy-without-discretion',
      'promises-the-impossible',
      'shares-customer-data',
      'disconnects-protected-customer',
    ]);
    for (const flag of GENERIC_RED_FLAGS) {
      const found = findRedFlags(
        [
          {
            text: flag.text,
            cues: flag.cues.map((c) => compileCue(c, EMPTY_LEXICON)),
            generic: flag.id,
          },
        ],
        analyseAnswer(`Well, ${flag.cues[0]}.`, EMPTY_LEXICON),
      );
      expect(found.map((f) => f.generic)).toEqual([flag.id]);
    }
  });
});
