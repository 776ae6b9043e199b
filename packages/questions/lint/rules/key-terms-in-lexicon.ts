import type { LintProblem, LintRule } from '../lint-rule.js';

/** The least number of concepts with synonyms the lexicon holds. */
export const MIN_CONCEPTS = 150;

const normal = (term: string) =>
  term
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

export const keyTermsInLexicon: LintRule = {
  name: 'key-terms-in-lexicon',
  description: `Every key term stands in a concept of content/concepts.yaml or in content/terms-without-synonyms.yaml, each concept has two terms or more, and there are at least ${MIN_CONCEPTS} concepts.`,
  check: ({ questions, concepts, termsWithoutSynonyms }) => {
    const problems: LintProblem[] = [];
    const known = new Set(concepts.flatMap((concept) => concept.terms.map(normal)));
    for (const concept of concepts) {
      if (concept.terms.length < 2) {
        problems.push({
          file: 'content/concepts.yaml',
          field: concept.id,
          message: 'has one term; a term with no synonym goes in terms-without-synonyms.yaml',
        });
      }
    }
    if (concepts.length < MIN_CONCEPTS) {
      problems.push({
        file: 'content/concepts.yaml',
        field: '(file)',
        message: `has ${concepts.length} concepts; at least ${MIN_CONCEPTS} are needed`,
      });
    }
    const alone = new Set(termsWithoutSynonyms.map(normal));
    const used = new Set<string>();
    for (const { path, question } of questions) {
      question.guidance.keyTerms.forEach((term, i) => {
        const key = normal(term);
        used.add(key);
        if (!known.has(key) && !alone.has(key)) {
          problems.push({
            file: path,
            field: `guidance.keyTerms[${i}]`,
            message: `"${term}" is in no concept of content/concepts.yaml and not in content/terms-without-synonyms.yaml`,
          });
        }
      });
    }
    for (const term of termsWithoutSynonyms) {
      if (known.has(normal(term))) {
        problems.push({
          file: 'content/terms-without-synonyms.yaml',
          field: term,
          message: 'is also in a concept',
        });
      } else if (!used.has(normal(term))) {
        problems.push({
          file: 'content/terms-without-synonyms.yaml',
          field: term,
          message: 'is a key term of no question',
        });
      }
    }
    return problems;
  },
};
