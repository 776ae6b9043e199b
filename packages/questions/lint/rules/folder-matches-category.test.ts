import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { folderMatchesCategory } from './folder-matches-category.js';

describe(folderMatchesCategory.name, () => {
  it('passes when the folder is the category', () => {
    expect(folderMatchesCategory.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports a file in the wrong folder', () => {
    const problems = folderMatchesCategory.check(
      context(source(question('a'), { folder: 'key-accounts' })),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('category');
    expect(problems[0]?.message).toContain('move the file to content/billing-and-metering/');
  });
});
