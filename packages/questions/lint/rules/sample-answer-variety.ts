import type { LintProblem, LintRule } from '../lint-rule.js';
import { phraseText } from '../text/phrase-text.js';

/** At most this many sample answers may open with the same three words. */
export const MAX_SAME_OPENING = 8;
/** At most this share of sample answers may report a round-fraction result. */
export const MAX_ROUND_RESULTS = 0.05;
/** At most this many sample answers may name the same US state. */
export const MAX_SAME_STATE = 8;
/** Two sample answers may not share a run of this many words. */
export const SHARED_PASSAGE_WORDS = 10;

const ROUND_RESULT =
  /\b(?:by|about|roughly|nearly|almost|around) (?:a third|a quarter|a fifth|half|two thirds)\b/i;
const STATES = [
  'New York',
  'California',
  'Pennsylvania',
  'Maryland',
  'Texas',
  'Arizona',
  'Wisconsin',
  'Ohio',
  'Illinois',
  'Florida',
];

export const sampleAnswerVariety: LintRule = {
  name: 'sample-answer-variety',
  description: `Across the bank: no three-word opening on more than ${MAX_SAME_OPENING} sample answers, round-fraction results ("by about a third") in at most ${MAX_ROUND_RESULTS * 100}% of them, no US state named in more than ${MAX_SAME_STATE}, and no run of ${SHARED_PASSAGE_WORDS} words shared by two.`,
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    const openings = new Map<string, string[]>();
    for (const { path, question } of questions) {
      const key = phraseText(question.guidance.sampleAnswer)
        .trim()
        .split(' ')
        .slice(0, 3)
        .join(' ');
      openings.set(key, [...(openings.get(key) ?? []), path]);
    }
    for (const [opening, paths] of openings) {
      if (paths.length > MAX_SAME_OPENING) {
        for (const path of paths.slice(MAX_SAME_OPENING)) {
          problems.push({
            file: path,
            field: 'guidance.sampleAnswer',
            message: `opens "${opening}...", like ${paths.length - 1} other sample answers (at most ${MAX_SAME_OPENING} may)`,
          });
        }
      }
    }
    const round = questions.filter(({ question }) =>
      ROUND_RESULT.test(question.guidance.sampleAnswer),
    );
    const allowed = Math.floor(questions.length * MAX_ROUND_RESULTS);
    for (const { path, question } of round.slice(allowed)) {
      problems.push({
        file: path,
        field: 'guidance.sampleAnswer',
        message: `reports a round result ("${ROUND_RESULT.exec(question.guidance.sampleAnswer)?.[0]}"), like ${round.length - 1} others (at most ${allowed} may): use the real, messier figure`,
      });
    }
    for (const state of STATES) {
      const naming = questions.filter(({ question }) =>
        question.guidance.sampleAnswer.includes(state),
      );
      for (const { path } of naming.slice(MAX_SAME_STATE)) {
        problems.push({
          file: path,
          field: 'guidance.sampleAnswer',
          message: `names ${state}, as ${naming.length - 1} other sample answers do (at most ${MAX_SAME_STATE} may): use another jurisdiction's rule or "in my jurisdiction"`,
        });
      }
    }
    const seen = new Map<string, string>();
    for (const { path, question } of questions) {
      const words = phraseText(question.guidance.sampleAnswer).trim().split(' ');
      const own = new Set<string>();
      for (let i = 0; i + SHARED_PASSAGE_WORDS <= words.length; i++) {
        const run = words.slice(i, i + SHARED_PASSAGE_WORDS).join(' ');
        const other = seen.get(run);
        if (other !== undefined && other !== path) {
          problems.push({
            file: path,
            field: 'guidance.sampleAnswer',
            message: `shares "${run}" with the sample answer of ${other}`,
          });
          break;
        }
        own.add(run);
      }
      for (const run of own) if (!seen.has(run)) seen.set(run, path);
    }
    return problems;
  },
};
