import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { textPunctuation } from './text-punctuation.js';

describe(textPunctuation.name, () => {
  it('accepts questions and statements', () => {
    expect(
      textPunctuation.check(
        context(source(question('a', { text: 'Walk me through a rate case.' }))),
      ),
    ).toEqual([]);
  });

  it('reports a text or follow-up without final punctuation', () => {
    const q = withGuidance(question('a', { text: 'Tell me about a time' }), {
      followUps: ['What then?', 'And after that'],
    });
    expect(textPunctuation.check(context(source(q))).map((p) => p.field)).toEqual([
      'text',
      'guidance.followUps[1]',
    ]);
  });
});
