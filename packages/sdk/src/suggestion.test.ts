import { describe, expect, it } from 'vitest';
import { suggestion } from './suggestion.js';

describe('suggestion', () => {
  const valid = ['categories', 'competencies', 'tags', 'billing-and-metering'];

  it.each([
    ['categry', ' Did you mean "categories"?'],
    ['tag', ' Did you mean "tags"?'],
    ['TAGS', ' Did you mean "tags"?'],
    ['billing-and-meters', ' Did you mean "billing-and-metering"?'],
    ['compet', ' Did you mean "competencies"?'],
  ])('suggests the near miss for %s', (value, expected) => {
    expect(suggestion(value, valid)).toBe(expected);
  });

  it('stays quiet when nothing is close', () => {
    expect(suggestion('zzz', valid)).toBe('');
    expect(suggestion('x', [])).toBe('');
  });
});
