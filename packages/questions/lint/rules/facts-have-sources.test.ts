import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { factsHaveSources, specificFact } from './facts-have-sources.js';

const citation = { claim: 'A fact.', source: 'A regulator', asOf: '2026-12' };

describe(factsHaveSources.name, () => {
  it('names the kind of fact a text states', () => {
    expect(specificFact('Ofgem sets the cap.', true)).toBe('names Ofgem');
    expect(specificFact('Under the Water Industry Act the rule holds.', true)).toBe(
      'cites "Water Industry Act"',
    );
    expect(specificFact('Since 2018 it has covered them.', true)).toBe('gives the year 2018');
    expect(specificFact('About 75% answered.', true)).toBe('gives a percentage');
    expect(specificFact('A £150 rebate.', true)).toBe('gives a money amount');
    expect(specificFact('Complaints fell 31% and saved $40,000.', false)).toBeUndefined();
    expect(specificFact('Check the read history first.', true)).toBeUndefined();
    expect(specificFact('A JD Power-like survey.', true)).toBeUndefined();
  });

  it('passes a question without facts, or with sources', () => {
    expect(factsHaveSources.check(context(source(question('a'))))).toEqual([]);
    const q = withGuidance(question('b', { sources: [citation] }), {
      intent: 'Knows what Ofgem expects.',
    });
    expect(factsHaveSources.check(context(source(q)))).toEqual([]);
  });

  it('reports the first field with a fact when there are no sources', () => {
    const q = withGuidance(question('a'), {
      intent: 'Knows the 12-month rule.',
      keyPoints: ['Knows that 75% must be answered in 30 seconds.', 'Checks reads.', 'Explains.'],
    });
    expect(factsHaveSources.check(context(source(q)))).toEqual([
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'guidance.keyPoints[0]',
        message:
          'gives a percentage but the question has no sources; add { claim, source, url, asOf } or write around the fact',
      },
    ]);
  });

  it('leaves out the weak answer, and figures in the sample answer', () => {
    const q = withGuidance(question('a'), {
      weakAnswer:
        'I would tell them the FCC bans it since 2015, so the bill is correct anyway and there is nothing to discuss with them at all, honestly, none.',
      sampleAnswer: `${question('a').guidance.sampleAnswer} Repeat complaints fell 31%.`,
    });
    expect(factsHaveSources.check(context(source(q)))).toEqual([]);
  });
});
