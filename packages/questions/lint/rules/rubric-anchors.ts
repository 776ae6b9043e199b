import { RUBRIC_LEVELS } from '@prepdeck/schema';
import type { LintProblem, LintRule } from '../lint-rule.js';
import { phraseText, sentenceCount, wordCount } from '../text/phrase-text.js';

export const RUBRIC_LEVEL_WORDS = { min: 12, max: 70 } as const;
export const RUBRIC_LEVEL_SENTENCES = 3;

export const rubricAnchors: LintRule = {
  name: 'rubric-anchors',
  description: `Every question has a rubric whose four levels are ${RUBRIC_LEVEL_WORDS.min} to ${RUBRIC_LEVEL_WORDS.max} words in 1 to ${RUBRIC_LEVEL_SENTENCES} sentences, differ from each other and from every other question's levels.`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    const firstUse = new Map<string, string>();
    for (const { path, question } of questions) {
      const rubric = question.guidance.rubric;
      if (rubric === undefined) {
        problems.push({ file: path, field: 'guidance.rubric', message: 'is missing' });
        continue;
      }
      const own = new Map<string, string>();
      for (const level of RUBRIC_LEVELS) {
        const field = `guidance.rubric.${level}`;
        const text = rubric[level];
        const words = wordCount(text);
        if (words < RUBRIC_LEVEL_WORDS.min || words > RUBRIC_LEVEL_WORDS.max) {
          problems.push({
            file: path,
            field,
            message: `has ${words} words; expected ${RUBRIC_LEVEL_WORDS.min} to ${RUBRIC_LEVEL_WORDS.max}`,
          });
        }
        const sentences = sentenceCount(text);
        if (sentences > RUBRIC_LEVEL_SENTENCES) {
          problems.push({
            file: path,
            field,
            message: `has ${sentences} sentences; expected 1 to ${RUBRIC_LEVEL_SENTENCES}`,
          });
        }
        const key = phraseText(text);
        const same = own.get(key);
        if (same !== undefined) {
          problems.push({ file: path, field, message: `repeats the ${same} level` });
        }
        own.set(key, level);
        const other = firstUse.get(key);
        if (other !== undefined && other !== path) {
          problems.push({ file: path, field, message: `has the same text as a level of ${other}` });
        } else firstUse.set(key, path);
      }
    }
    return problems;
  },
};
