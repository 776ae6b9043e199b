import type { LintProblem, LintRule } from '../lint-rule.js';
import { phraseText, saysPhrase, wordCount } from '../text/phrase-text.js';

export const WEAK_ANSWER_WORDS = { min: 40, max: 200 } as const;
/** The longest run of words a weak answer may share with the sample answer. */
export const SHARED_RUN_WORDS = 7;

const FIRST_PERSON = /\b(?:I|I'd|I'm|I've|I'll|my|we|our)\b/i;

/** The first run of `SHARED_RUN_WORDS + 1` words of `source` that `text` repeats. */
function sharedRun(text: string, source: string): string | undefined {
  const haystack = phraseText(text);
  const words = phraseText(source).trim().split(' ');
  for (let i = 0; i + SHARED_RUN_WORDS < words.length; i++) {
    const run = words.slice(i, i + SHARED_RUN_WORDS + 1).join(' ');
    if (haystack.includes(` ${run} `)) return run;
  }
  return undefined;
}

export const weakAnswer: LintRule = {
  name: 'weak-answer',
  description: `Every question has a weak answer of ${WEAK_ANSWER_WORDS.min} to ${WEAK_ANSWER_WORDS.max} words in the first person that says one of its red-flag cues and shares no run of more than ${SHARED_RUN_WORDS} words with the sample answer.`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      const { weakAnswer: text, redFlags, sampleAnswer } = question.guidance;
      const field = 'guidance.weakAnswer';
      if (text === undefined) {
        problems.push({ file: path, field, message: 'is missing' });
        continue;
      }
      const words = wordCount(text);
      if (words < WEAK_ANSWER_WORDS.min || words > WEAK_ANSWER_WORDS.max) {
        problems.push({
          file: path,
          field,
          message: `has ${words} words; expected ${WEAK_ANSWER_WORDS.min} to ${WEAK_ANSWER_WORDS.max}`,
        });
      }
      if (!FIRST_PERSON.test(text)) {
        problems.push({ file: path, field, message: 'is not in the first person' });
      }
      const cues = redFlags.flatMap((flag) => flag.cues);
      if (cues.length > 0 && !cues.some((cue) => saysPhrase(text, cue))) {
        problems.push({
          file: path,
          field,
          message: 'says none of the red-flag cues; it must commit a flag in words a cue catches',
        });
      }
      const run = sharedRun(text, sampleAnswer);
      if (run !== undefined) {
        problems.push({ file: path, field, message: `repeats the sample answer: "${run}"` });
      }
    }
    return problems;
  },
};
