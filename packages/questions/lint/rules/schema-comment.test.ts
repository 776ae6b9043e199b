import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { schemaComment } from './schema-comment.js';

describe(schemaComment.name, () => {
  it('passes a file that starts with the comment', () => {
    expect(schemaComment.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports a file without it', () => {
    const problems = schemaComment.check(context(source(question('a'), { text: 'id: a\n' })));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('yaml-language-server');
  });
});
