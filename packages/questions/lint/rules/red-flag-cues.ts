import type { LintProblem, LintRule } from '../lint-rule.js';
import { phraseText, saysPhrase, wordCount } from '../text/phrase-text.js';

export const CUE_WORDS = { min: 2, max: 6 } as const;

/** Lower-case letters, digits, spaces, hyphens and apostrophes; `I` and its contractions. */
const CUE_PATTERN = /^(?:[a-z0-9' -]|\bI\b)+$/;

export const redFlagCues: LintRule = {
  name: 'red-flag-cues',
  description: `At least one red flag has cues; each cue is ${CUE_WORDS.min} to ${CUE_WORDS.max} words in lower case, and no question's sample answer says it (a cue a strong answer says is too generic to give a weak one away).`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    // Every run of up to CUE_WORDS.max words of each sample answer, with the first
    // question that says it, so each cue is looked up once.
    const saidBy = new Map<string, string>();
    for (const { question } of questions) {
      const words = phraseText(question.guidance.sampleAnswer).trim().split(' ');
      for (let i = 0; i < words.length; i++) {
        for (let n = CUE_WORDS.min; n <= CUE_WORDS.max && i + n <= words.length; n++) {
          const run = words.slice(i, i + n).join(' ');
          if (!saidBy.has(run)) saidBy.set(run, question.id);
        }
      }
    }
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
          } else {
            const other = saidBy.get(phraseText(cue).trim());
            if (other !== undefined) {
              problems.push({
                file: path,
                field,
                message: `"${cue}" is in the sample answer of ${other}; a cue a strong answer says is too generic`,
              });
            }
          }
        });
      });
    }
    return problems;
  },
};
