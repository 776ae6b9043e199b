import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { MAX_SAME_OPENING, sampleAnswerVariety } from './sample-answer-variety.js';

/** A sample answer of distinct words, so no two share a passage by accident. */
const distinct = (id: string, opening = `${id} opens here`) =>
  `${opening} ${Array.from({ length: 40 }, (_, i) => `${id}w${i}`).join(' ')}.`;
const answering = (id: string, sampleAnswer: string) =>
  source(withGuidance(question(id), { sampleAnswer }));

describe(sampleAnswerVariety.name, () => {
  it('passes varied answers', () => {
    const sources = ['a', 'b', 'c'].map((id) => answering(id, distinct(id)));
    expect(sampleAnswerVariety.check(context(...sources))).toEqual([]);
  });

  it('reports the answers past the limit that open the same way', () => {
    const sources = Array.from({ length: MAX_SAME_OPENING + 2 }, (_, i) =>
      answering(`q${i}`, distinct(`q${i}`, 'I would start')),
    );
    const problems = sampleAnswerVariety.check(context(...sources));
    expect(problems.map((p) => p.file)).toEqual([
      `content/billing-and-metering/q${MAX_SAME_OPENING}.yaml`,
      `content/billing-and-metering/q${MAX_SAME_OPENING + 1}.yaml`,
    ]);
    expect(problems[0]?.message).toMatch(/^opens "i would start\.\.\."/);
  });

  it('reports round results beyond 5% of the bank', () => {
    const sources = Array.from({ length: 20 }, (_, i) =>
      answering(
        `q${i}`,
        `${distinct(`q${i}`)}${i < 2 ? ' Complaints fell by about a third.' : ''}`,
      ),
    );
    const problems = sampleAnswerVariety.check(context(...sources));
    expect(problems.map((p) => p.message)).toEqual([
      'reports a round result ("about a third"), like 1 others (at most 1 may): use the real, messier figure',
    ]);
  });

  it('reports a state named by too many answers', () => {
    const sources = Array.from({ length: 10 }, (_, i) =>
      answering(`q${i}`, `${distinct(`q${i}`)} In New York it differs.`),
    );
    const problems = sampleAnswerVariety
      .check(context(...sources))
      .filter((p) => p.message.includes('New York'));
    expect(problems).toHaveLength(2);
  });

  it('reports a passage of ten words two answers share', () => {
    const shared = 'we rebuilt the notice around the one thing customers had to do';
    const problems = sampleAnswerVariety.check(
      context(
        answering('a', `${distinct('a')} ${shared}`),
        answering('b', `${distinct('b')} ${shared}`),
      ),
    );
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/billing-and-metering/b.yaml: shares "we rebuilt the notice around the one thing customers had" with the sample answer of content/billing-and-metering/a.yaml',
    ]);
  });
});
