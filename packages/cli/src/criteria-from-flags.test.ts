import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseDifficulty } from './criteria-from-flags.js';

describe('parseDifficulty', () => {
  it('reads a level, a list and each form of range', () => {
    expect(parseDifficulty('advanced')).toEqual(['advanced']);
    expect(parseDifficulty('foundational, advanced')).toEqual(['foundational', 'advanced']);
    expect(parseDifficulty('intermediate..advanced')).toEqual({
      min: 'intermediate',
      max: 'advanced',
    });
    expect(parseDifficulty('..intermediate')).toEqual({ max: 'intermediate' });
    expect(parseDifficulty('intermediate..')).toEqual({ min: 'intermediate' });
  });

  it.each([
    'intermediate..advanced..x',
    '..',
    'foundational,intermediate..advanced',
    'foundational,,advanced',
    ',',
  ])('rejects %j as a usage error naming the valid forms', (value) => {
    let error: unknown;
    try {
      parseDifficulty(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toContain('a range (intermediate..advanced');
    expect((error as CliError).message).toContain(`got "${value}"`);
  });
});
