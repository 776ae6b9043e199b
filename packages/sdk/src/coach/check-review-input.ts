import { PrepdeckError } from '../prepdeck-error.js';
import { suggestion } from '../suggestion.js';

/** The options {@link reviewAnswer} accepts. */
const OPTIONS = ['wordsPerMinute', 'concepts'];

/**
 * A value as an error message shows it.
 *
 * @param value - Any value.
 * @returns A short description: strings quoted; numbers, booleans, `null` and
 *   `undefined` as they are; other values by kind.
 *
 * @example
 * ```ts
 * showValue(42); // '42'
 * showValue(null); // 'null'
 * showValue({}); // 'a value of type object'
 * ```
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}

function fail(message: string): never {
  throw new PrepdeckError('INVALID_ARGUMENT', `reviewAnswer: ${message}`);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkStrings(value: unknown, name: string): void {
  if (!Array.isArray(value)) fail(`${name} must be an array of strings, got ${showValue(value)}.`);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'string') {
      fail(`${name} must be an array of strings, but item ${i} is ${showValue(item)}.`);
    }
  });
}

/**
 * Checks the arguments of {@link reviewAnswer}, as a caller without types may pass
 * anything.
 *
 * @param question - Must be an object with a string `type`, an `estimatedMinutes` that is
 *   absent or a positive number, and a `guidance` object whose `keyPoints` and `keyTerms`
 *   are arrays of strings.
 * @param answer - Must be a string.
 * @param options - Must be absent or an object with no keys but `wordsPerMinute`, which
 *   must be absent or a positive finite number.
 * @returns Nothing; returns only when all three are valid.
 * @throws `PrepdeckError` `INVALID_ARGUMENT` naming what is wrong.
 *
 * @example
 * ```ts
 * checkReviewInput({ type: 'general' }, 'My answer', undefined);
 * // throws PrepdeckError INVALID_ARGUMENT:
 * // 'reviewAnswer: the question has no guidance (got undefined); ...'
 * ```
 */
export function checkReviewInput(question: unknown, answer: unknown, options: unknown): void {
  if (!isRecord(question)) fail(`expected a question object, got ${showValue(question)}.`);
  if (typeof question.type !== 'string') {
    fail(`question.type must be a string, got ${showValue(question.type)}.`);
  }
  const minutes = question.estimatedMinutes;
  if (
    minutes !== undefined &&
    !(typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0)
  ) {
    fail(`question.estimatedMinutes must be a positive number, got ${showValue(minutes)}.`);
  }
  const guidance = question.guidance;
  if (!isRecord(guidance)) {
    fail(
      `the question has no guidance (got ${showValue(guidance)}); an answer is reviewed against guidance.keyPoints and guidance.keyTerms.`,
    );
  }
  checkStrings(guidance.keyPoints, 'question.guidance.keyPoints');
  checkStrings(guidance.keyTerms, 'question.guidance.keyTerms');
  if (guidance.followUps !== undefined)
    checkStrings(guidance.followUps, 'question.guidance.followUps');
  const flags = guidance.redFlags;
  if (flags !== undefined) {
    if (!Array.isArray(flags)) {
      fail(`question.guidance.redFlags must be an array, got ${showValue(flags)}.`);
    }
    flags.forEach((flag: unknown, i) => {
      if (typeof flag === 'string') return;
      if (!isRecord(flag) || typeof flag.text !== 'string') {
        fail(
          `question.guidance.redFlags[${i}] must be a string or { text, cues }, got ${showValue(flag)}.`,
        );
      }
      if (flag.cues !== undefined) checkStrings(flag.cues, `question.guidance.redFlags[${i}].cues`);
    });
  }
  if (typeof answer !== 'string') fail(`answer must be a string, got ${showValue(answer)}.`);
  if (options === undefined) return;
  if (!isRecord(options)) fail(`options must be an object, got ${showValue(options)}.`);
  for (const key of Object.keys(options)) {
    if (!OPTIONS.includes(key)) {
      fail(
        `unknown option "${key}".${suggestion(key, OPTIONS)} Valid options: ${OPTIONS.join(', ')}.`,
      );
    }
  }
  const rate = options.wordsPerMinute;
  if (rate !== undefined && !(typeof rate === 'number' && Number.isFinite(rate) && rate > 0)) {
    fail(`option "wordsPerMinute" must be a positive number, got ${showValue(rate)}.`);
  }
}
