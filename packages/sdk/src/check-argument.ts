import { isCount } from './is-count.js';
import { PrepdeckError } from './prepdeck-error.js';
import { showValue } from './show-value.js';
import { suggestion } from './suggestion.js';

/** Throws `INVALID_ARGUMENT` unless `items` is an array. */
export function requireArray(items: unknown, fn: string): void {
  if (!Array.isArray(items)) throw new PrepdeckError('INVALID_ARGUMENT', `${fn} needs an array.`);
}

/** Returns `n` when it is a whole number from 0 up, else throws `INVALID_ARGUMENT`. */
export function requireCount(n: unknown, fn: string): number {
  if (!isCount(n)) {
    throw new PrepdeckError(
      'INVALID_ARGUMENT',
      `${fn} needs a whole number from 0 up, got ${showValue(n)}.`,
    );
  }
  return n as number;
}

/** Returns `value` when it is one of `valid`, else throws `INVALID_ARGUMENT` naming them. */
export function requireOneOf<T extends string>(
  value: unknown,
  valid: readonly T[],
  name: string,
): T {
  if (!valid.includes(value as T)) {
    throw new PrepdeckError(
      'INVALID_ARGUMENT',
      `Unknown ${name} ${showValue(value)}.${typeof value === 'string' ? suggestion(value, valid) : ''} Valid values: ${valid.join(', ')}.`,
    );
  }
  return value as T;
}
