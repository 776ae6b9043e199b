import { describe, expect, it } from 'vitest';
import { questions } from '../../src/index.js';
import { context, question, source } from '../../test/lint-context.js';
import { jaccard, noNearDuplicates, normalizedWords, stem } from './no-near-duplicates.js';

describe(noNearDuplicates.name, () => {
  it('normalises case, accents, filler words and endings', () => {
    expect([...normalizedWords('How would YOU handle a Résumé gap?')]).toEqual([
      'handl',
      'resum',
      'gap',
    ]);
    expect([...normalizedWords('disputing disputes dispute disputed')]).toEqual(['disput']);
  });

  it('cuts one ending and keeps short words whole', () => {
    expect(stem('reads')).toBe('read');
    expect(stem('uses')).toBe('use');
    expect(stem('bill')).toBe('bill');
    expect(stem('red')).toBe('red');
  });

  it('computes Jaccard similarity', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });

  it('passes different questions', () => {
    const a = question('a', { text: 'How do you explain a catch-up bill after estimated reads?' });
    const b = question('b', { text: 'What does a strong deposit policy look like?' });
    expect(noNearDuplicates.check(context(source(a), source(b)))).toEqual([]);
  });

  it('names both ids of a reworded pair', () => {
    const a = question('a', {
      text: 'How would you handle a customer disputing a high bill after estimated reads?',
    });
    const b = question('b', {
      text: 'How do you handle customers who dispute a high bill after estimated meter reads?',
    });
    const problems = noNearDuplicates.check(context(source(a), source(b)));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('content/billing-and-metering/b.yaml');
    expect(problems[0]?.message).toMatch(/near-duplicate of "a" .*with "b"/);
  });

  it('catches a reworded copy of a real question that plain word overlap lets through', () => {
    const real = questions.find((q) => q.id === 'remote-disconnection-smart-meter-safeguards');
    if (!real) throw new Error('the bank lost remote-disconnection-smart-meter-safeguards');
    const reworded =
      'Your utility is starting remote disconnections for non-payment through smart meters. What collections practices and customer safeguards would you change before the first remote shutoff?';
    const plainWords = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g));
    expect(jaccard(plainWords(real.text), plainWords(reworded))).toBeLessThan(0.7);
    const problems = noNearDuplicates.check(
      context(
        source(question('original', { text: real.text })),
        source(question('copy', { text: reworded })),
      ),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^near-duplicate of "original" .*: 80% of words shared with "copy"$/),
    ]);
  });
});
