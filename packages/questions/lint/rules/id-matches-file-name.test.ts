import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { idMatchesFileName } from './id-matches-file-name.js';

describe(idMatchesFileName.name, () => {
  it('passes when the file is named after the id', () => {
    expect(idMatchesFileName.check(context(source(question('a-b'))))).toEqual([]);
  });

  it('names the file and the expected name', () => {
    const problems = idMatchesFileName.check(
      context(source(question('a-b'), { name: 'a-c', path: 'content/x/a-c.yaml' })),
    );
    expect(problems).toEqual([
      {
        file: 'content/x/a-c.yaml',
        field: 'id',
        message: 'id "a-b" does not match the file name; rename the file to a-b.yaml',
      },
    ]);
  });
});
