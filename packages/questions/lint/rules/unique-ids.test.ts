import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { uniqueIds } from './unique-ids.js';

describe(uniqueIds.name, () => {
  it('passes distinct ids', () => {
    expect(uniqueIds.check(context(source(question('a')), source(question('b'))))).toEqual([]);
  });

  it('names both files of a duplicate', () => {
    const problems = uniqueIds.check(
      context(source(question('a')), source(question('a'), { path: 'content/other/a.yaml' })),
    );
    expect(problems).toEqual([
      {
        file: 'content/other/a.yaml',
        field: 'id',
        message: 'id "a" is already used by content/billing-and-metering/a.yaml',
      },
    ]);
  });
});
