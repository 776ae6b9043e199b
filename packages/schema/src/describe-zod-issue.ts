import type { core } from 'zod';
import { didYouMean } from './did-you-mean.js';

/** What a value is, in words: `text "manager"`, `the number 5`, `a list`, `nothing`. */
function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string')
    return input.length > 40 ? `text "${input.slice(0, 37)}..."` : `text "${input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object (key: value pairs)',
  record: 'an object (key: value pairs)',
};

const UNITS: Readonly<Record<string, [string, string]>> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function amount(origin: string, n: number | bigint): string {
  const unit = UNITS[origin];
  return unit ? `${n} ${n === 1 ? unit[0] : unit[1]}` : String(n);
}

/**
 * The message for one zod issue, in the words of someone editing a bank file: what is
 * wrong, what was found and what is valid, with a suggestion for a near-miss value or
 * key. Messages a schema sets itself are kept; returns undefined to fall back to zod's.
 */
export function describeZodIssue(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined && (issue.path?.length ?? 0) > 0
        ? `Missing: this field is required (${expected}).`
        : `Expected ${expected}, found ${describeInput(issue.input)}.`;
    }
    case 'invalid_value': {
      const valid = issue.values.map(String);
      const found = issue.input;
      if (valid.length === 1)
        return `Expected ${JSON.stringify(issue.values[0])}, found ${describeInput(found)}.`;
      const field = [...(issue.path ?? [])].reverse().find((key) => typeof key === 'string');
      const what = typeof field === 'string' ? `a valid ${field}` : 'a valid value';
      return typeof found === 'string'
        ? `"${found}" is not ${what}.${didYouMean(found, valid)} Valid values: ${valid.join(', ')}.`
        : `Expected one of ${valid.join(', ')}, found ${describeInput(found)}.`;
    }
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def
        ?.shape;
      const known = shape ? Object.keys(shape) : [];
      return issue.keys
        .map((key) => {
          const hint = didYouMean(key, known);
          return `Unknown field "${key}".${hint}${known.length > 0 && hint === '' ? ` Fields here: ${known.join(', ')}.` : ''}`;
        })
        .join(' ');
    }
    case 'too_small': {
      const { origin, minimum, input } = issue;
      if (minimum === 1 && origin === 'array') return 'Needs at least one item.';
      if (minimum === 1 && origin === 'string') return 'Must not be empty.';
      return UNITS[origin]
        ? `Too short: needs at least ${amount(origin, minimum)}, has ${describeSize(input, origin)}.`
        : `Must be ${issue.inclusive ? 'at least' : 'more than'} ${minimum}, found ${describeInput(input)}.`;
    }
    case 'too_big': {
      const { origin, maximum, input } = issue;
      return UNITS[origin]
        ? `Too long: at most ${amount(origin, maximum)}, has ${describeSize(input, origin)}.`
        : `Must be ${issue.inclusive ? 'at most' : 'less than'} ${maximum}, found ${describeInput(input)}.`;
    }
    default:
      return undefined;
  }
}

function describeSize(input: unknown, origin: string): string {
  if (typeof input === 'string' || Array.isArray(input)) return amount(origin, input.length);
  return describeInput(input);
}
