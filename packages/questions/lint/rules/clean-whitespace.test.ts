import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { cleanWhitespace } from './clean-whitespace.js';

describe(cleanWhitespace.name, () => {
  it('passes clean text', () => {
    expect(cleanWhitespace.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports each kind of stray whitespace with its field', () => {
    const q = withGuidance(question('a', { text: ' Why?' }), {
      intent: 'Two  spaces.',
      keyPoints: ['One.', 'Two.\nThree.', 'Four. '],
    });
    expect(cleanWhitespace.check(context(source(q)))).toEqual([
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'text',
        message: 'has leading or trailing whitespace',
      },
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'guidance.intent',
        message: 'has a double space',
      },
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'guidance.keyPoints[1]',
        message: 'has a line break or tab',
      },
      {
        file: 'content/billing-and-metering/a.yaml',
        field: 'guidance.keyPoints[2]',
        message: 'has leading or trailing whitespace',
      },
    ]);
  });
});
