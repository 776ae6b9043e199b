import { PrepdeckError } from '../prepdeck-error.js';
import { suggestion } from '../suggestion.js';
import type { FormattableQuestion } from './formattable-question.js';

/** A value as an error message shows it. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${typeof value}`;
}

/** Throws `INVALID_ARGUMENT` with a message that starts with the function's name. */
export function fail(fn: string, message: string): never {
  throw new PrepdeckError('INVALID_ARGUMENT', `${fn}: ${message}`);
}

/** Throws `INVALID_ARGUMENT` unless `questions` is an array of objects. */
export function checkQuestions(fn: string, questions: readonly FormattableQuestion[]): void {
  if (!Array.isArray(questions)) {
    fail(fn, `expected an array of questions, got ${show(questions)}.`);
  }
  questions.forEach((question: unknown, i) => {
    if (typeof question !== 'object' || question === null || Array.isArray(question)) {
      fail(fn, `expected an array of questions, but item ${i} is ${show(question)}.`);
    }
  });
}

/**
 * Returns `options` as a record after checking that it is absent or an object with no
 * keys other than `valid`; throws `INVALID_ARGUMENT` otherwise.
 */
export function readOptions(
  fn: string,
  options: object | undefined,
  valid: readonly string[],
): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail(fn, `options must be an object, got ${show(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!valid.includes(key)) {
      fail(
        fn,
        `unknown option "${key}".${suggestion(key, valid)} Valid options: ${valid.join(', ')}.`,
      );
    }
  }
  return options as Readonly<Record<string, unknown>>;
}

/** Reads the `guidance` option: `true`, `false` or absent (`false`). */
export function readGuidance(fn: string, options: Readonly<Record<string, unknown>>): boolean {
  const value = options.guidance;
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    fail(fn, `option "guidance" must be true or false, got ${show(value)}.`);
  }
  return value;
}
