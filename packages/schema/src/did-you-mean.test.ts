import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.js';

describe('didYouMean', () => {
  const types = ['behavioral', 'situational', 'technical', 'general', 'exercise'];

  it('suggests a near miss: a spelling variant, a typo, a prefix, another case', () => {
    expect(didYouMean('behavioural', types)).toBe(' Did you mean "behavioral"?');
    expect(didYouMean('techincal', types)).toBe(' Did you mean "technical"?');
    expect(didYouMean('situ', types)).toBe(' Did you mean "situational"?');
    expect(didYouMean('US', ['us', 'gb'])).toBe(' Did you mean "us"?');
  });

  it('suggests nothing for a value that is merely short or far away', () => {
    expect(didYouMean('telepathy', ['empathy', 'problem-solving'])).toBe('');
    expect(didYouMean('uk', ['us', 'gb'])).toBe('');
    expect(didYouMean('anything', [])).toBe('');
  });
});
