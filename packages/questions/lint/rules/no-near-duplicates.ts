import type { LintProblem, LintRule } from '../lint-rule.js';

/** Pairs whose normalised texts share at least this share of words are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/**
 * Lower-cases, strips accents and splits into the set of word stems. Words that carry no
 * meaning on their own ("the", "you", "a") are dropped, and common endings are cut
 * ("disputing" and "dispute" both become "disput"), so that two questions that differ
 * only in grammar still match.
 */
export function normalizedWords(text: string): Set<string> {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map(stem));
}

/** Cuts one common English ending, keeping at least three letters. */
export function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3)
      return word.slice(0, -suffix.length);
  }
  return word;
}

const STOP_WORDS = new Set(
  'a an and are as at be by can could do does for from had has have how i in is it its me my of on or our so that the their them they this to was we were what when which who why will with would you your'.split(
    ' ',
  ),
);

/** Jaccard similarity of two word sets: shared words over all words. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export const noNearDuplicates: LintRule = {
  name: 'no-near-duplicates',
  description: `No two question texts share ${NEAR_DUPLICATE_THRESHOLD * 100}% or more of their words (Jaccard, normalised).`,
  check: ({ questions }) => {
    const words = questions.map(({ question }) => normalizedWords(question.text));
    const problems: LintProblem[] = [];
    for (let i = 0; i < questions.length; i++) {
      for (let j = i + 1; j < questions.length; j++) {
        const similarity = jaccard(words[i] as Set<string>, words[j] as Set<string>);
        if (similarity >= NEAR_DUPLICATE_THRESHOLD) {
          const a = questions[i];
          const b = questions[j];
          if (!a || !b) continue;
          problems.push({
            file: b.path,
            field: 'text',
            message: `near-duplicate of "${a.question.id}" (${a.path}): ${Math.round(similarity * 100)}% of words shared with "${b.question.id}"`,
          });
        }
      }
    }
    return problems;
  },
};
