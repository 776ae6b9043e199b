import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { redFlagCues } from './red-flag-cues.js';

const messages = (q: ReturnType<typeof question>) =>
  redFlagCues.check(context(source(q))).map((p) => `${p.field}: ${p.message}`);

describe(redFlagCues.name, () => {
  it('passes a question with one cued flag the sample answer does not say', () => {
    expect(messages(question('a'))).toEqual([]);
  });

  it('reports a question whose red flags have no cues', () => {
    const q = withGuidance(question('a'), {
      redFlags: [
        { text: 'Defends the bill.', cues: [] },
        { text: 'Promises a credit.', cues: [] },
      ],
    });
    expect(messages(q)).toEqual([
      'guidance.redFlags: no red flag has cues; give at least one the phrases that give it away',
    ]);
  });

  it('reports cues of the wrong size or form', () => {
    const q = withGuidance(question('a'), {
      redFlags: [
        {
          text: 'Defends the bill.',
          cues: ['wrong', 'The Bill Is Right', 'i would never ever ever change it'],
        },
        { text: 'Promises a credit.', cues: ["I'd waive it", 'credit: now'] },
      ],
    });
    expect(messages(q)).toEqual([
      'guidance.redFlags[0].cues[0]: "wrong" has 1 words; expected 2 to 6',
      'guidance.redFlags[0].cues[1]: "The Bill Is Right": use lower-case letters, digits, spaces, hyphens and apostrophes',
      'guidance.redFlags[0].cues[2]: "i would never ever ever change it" has 7 words; expected 2 to 6',
      'guidance.redFlags[1].cues[1]: "credit: now": use lower-case letters, digits, spaces, hyphens and apostrophes',
    ]);
  });

  it('reports a cue the sample answer says, whole words only', () => {
    const q = withGuidance(question('a'), {
      redFlags: [
        { text: 'Skips the records.', cues: ['read history', 'the read his'] },
        { text: 'Promises a credit.', cues: [] },
      ],
    });
    expect(messages(q)).toEqual([
      'guidance.redFlags[0].cues[0]: "read history" is in the sample answer; a cue must signal a weak answer only',
    ]);
  });

  it("reports a cue another question's sample answer says", () => {
    const q = withGuidance(question('a'), {
      redFlags: [{ text: 'Passes the customer on.', cues: ['pass them straight to billing'] }],
    });
    const other = withGuidance(question('b'), {
      sampleAnswer: `${question('b').guidance.sampleAnswer} Then I would pass them straight to billing.`,
    });
    expect(
      redFlagCues.check(context(source(q), source(other))).map((p) => `${p.field}: ${p.message}`),
    ).toEqual([
      'guidance.redFlags[0].cues[0]: "pass them straight to billing" is in the sample answer of b; a cue a strong answer says is too generic',
    ]);
    expect(redFlagCues.check(context(source(q)))).toEqual([]);
  });
});
