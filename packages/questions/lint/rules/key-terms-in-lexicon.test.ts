import { describe, expect, it } from 'vitest';
import { context, question, source, withGuidance } from '../../test/lint-context.js';
import { keyTermsInLexicon, MIN_CONCEPTS } from './key-terms-in-lexicon.js';

const concepts = Array.from({ length: MIN_CONCEPTS }, (_, i) => ({
  id: `c${i}`,
  terms: [`term ${i}`, `synonym ${i}`],
}));
const messages = (
  q: ReturnType<typeof question>,
  extra: Partial<ReturnType<typeof context>> = {},
) =>
  keyTermsInLexicon
    .check({ ...context(source(q)), concepts, ...extra })
    .map((p) => `${p.file}: ${p.field}: ${p.message}`);

describe(keyTermsInLexicon.name, () => {
  it('passes key terms found in a concept or listed as without synonym, any case', () => {
    const q = withGuidance(question('a'), { keyTerms: ['Term 1', 'read history'] });
    expect(messages(q, { termsWithoutSynonyms: ['read history'] })).toEqual([]);
  });

  it('reports a key term in neither, a lone concept, a short lexicon and stale exceptions', () => {
    const q = withGuidance(question('a'), { keyTerms: ['term 1', 'mystery term'] });
    expect(
      keyTermsInLexicon
        .check({
          ...context(source(q)),
          concepts: [{ id: 'lone', terms: ['term 1'] }],
          termsWithoutSynonyms: ['term 1', 'never used'],
        })
        .map((p) => `${p.field}: ${p.message}`),
    ).toEqual([
      'lone: has one term; a term with no synonym goes in terms-without-synonyms.yaml',
      `(file): has 1 concepts; at least ${MIN_CONCEPTS} are needed`,
      'guidance.keyTerms[1]: "mystery term" is in no concept of content/concepts.yaml and not in content/terms-without-synonyms.yaml',
      'term 1: is also in a concept',
      'never used: is a key term of no question',
    ]);
  });
});
