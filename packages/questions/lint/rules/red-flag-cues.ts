import type { LintProblem, LintRule } from '../lint-rule.js';
import { saysPhrase, wordCount } from '../text/phrase-text.js';

export const CUE_WORDS = { min: 2, max: 6 } as const;

/** Lower-case letters, digits, spaces, hyphens and apostrophes; `I` and its contractions. */
const CUE_PATTERN = /^(?:[a-z0-9' -]|\bI\b)+$/;

export const redFlagCues: LintRule = {
  name: 'red-flag-cues',
  description: `At least one red flag has cues; each cue is ${CUE_WORDS.min} to ${CUE_WORDS.max} words in lower case, and the sample answer says none of them.`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      const { redFlags, sampleAnswer } = question.guidance;
      if (!redFlags.some((flag) => flag.cues.length > 0)) {
        problems.push({
          file: path,
          field: 'guidance.redFlags',
          message: 'no red flag has cues; give at least one the phrases that give it away',
        });
      }
      redFlags.forEach((flag, index) => {
        flag.cues.forEach((cue, cueIndex) => {
          const field = `guidance.redFlags[${index}].cues[${cueIndex}]`;
          const words = wordCount(cue);
          if (words < CUE_WORDS.min || words > CUE_WORDS.max) {
            problems.push({
              file: path,
              field,
              message: `"${cue}" has ${words} words; expected ${CUE_WORDS.min} to ${CUE_WORDS.max}`,
            });
          }
          if (!CUE_PATTERN.test(cue)) {
            problems.push({
              file: path,
              field,
              message: `"${cue}": use lower-case letters, digits, spaces, hyphens and apostrophes`,
            });
          }
          if (saysPhrase(sampleAnswer, cue)) {
            problems.push({
              file: path,
              field,
              message: `"${cue}" is in the sample answer; a cue must signal a weak answer only`,
            });
          }
        });
      });
    }
    return problems;
  },
};
