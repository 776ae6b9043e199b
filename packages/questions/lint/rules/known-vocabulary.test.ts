import { describe, expect, it } from 'vitest';
import { context, question, source } from '../../test/lint-context.js';
import { knownVocabulary } from './known-vocabulary.js';

describe(knownVocabulary.name, () => {
  it('passes ids from the vocabularies', () => {
    expect(knownVocabulary.check(context(source(question('a'))))).toEqual([]);
  });

  it('reports unknown roles, tags and competencies with the file that defines them', () => {
    const q = question('a', {
      roles: ['astronaut'],
      tags: ['high-bill', 'typo'],
      competencies: ['telepathy'],
    });
    expect(
      knownVocabulary.check(context(source(q))).map((p) => `${p.field}: ${p.message}`),
    ).toEqual([
      'roles[0]: "astronaut" is not defined in content/roles.yaml',
      'tags[1]: "typo" is not defined in content/tags.yaml',
      'competencies[0]: "telepathy" is not defined in content/competencies.yaml',
    ]);
  });
});
