import { isCount } from '../is-count.js';
import { PrepdeckError } from '../prepdeck-error.js';
import { DIFFICULTIES, QUESTION_TYPES, SENIORITY_LEVELS } from '../question-enums.js';
import type { Difficulty, QuestionLike, QuestionType, Seniority } from '../question-like.js';
import type { Seed } from '../random/seed.js';
import { seedKey } from '../random/seed.js';
import { showValue } from '../show-value.js';
import { suggestion } from '../suggestion.js';
import type { Criteria } from './criteria.js';
import { normalizeWords } from './normalize-words.js';
import type { Vocabulary } from './resolve-source.js';

/** Criteria checked and reduced to sets, shared by `query` and `createIndex`. */
export interface CompiledCriteria<Q extends QuestionLike> {
  readonly ids: ReadonlySet<string> | undefined;
  readonly roles: ReadonlySet<string> | undefined;
  readonly categories: ReadonlySet<string> | undefined;
  readonly types: ReadonlySet<QuestionType> | undefined;
  readonly difficulty: ReadonlySet<Difficulty> | undefined;
  readonly seniority: ReadonlySet<Seniority> | undefined;
  readonly competencies: ReadonlySet<string> | undefined;
  readonly tagsAll: readonly string[] | undefined;
  readonly tagsAny: ReadonlySet<string> | undefined;
  readonly tagsNone: ReadonlySet<string> | undefined;
  /** The words of `text`, normalised; empty without `text`. */
  readonly terms: readonly string[];
  /**
   * Whether a question placed in these jurisdictions (none: portable) meets
   * `jurisdictions` and `portable`; undefined when neither is given.
   */
  readonly place: ((jurisdictions: readonly string[]) => boolean) | undefined;
  readonly exclude: ReadonlySet<string> | undefined;
  readonly jurisdictions: ReadonlySet<string> | undefined;
  readonly where: ((question: Q) => boolean) | undefined;
  readonly offset: number;
  readonly limit: number;
  readonly seed: Seed | undefined;
}

export const CRITERIA_KEYS = [
  'ids',
  'roles',
  'categories',
  'types',
  'difficulty',
  'seniority',
  'competencies',
  'tags',
  'jurisdictions',
  'portable',
  'text',
  'exclude',
  'where',
  'offset',
  'limit',
  'seed',
] as const;

type ListKey =
  | 'ids'
  | 'roles'
  | 'categories'
  | 'types'
  | 'seniority'
  | 'competencies'
  | 'jurisdictions'
  | 'exclude';

/**
 * The list criteria and what is valid for each: a fixed list, or the bank vocabulary of
 * the same name (not checked for a plain array), or nothing.
 */
const LISTS: readonly [ListKey, ReadonlySet<string> | boolean][] = [
  ['ids', false],
  ['exclude', false],
  ['roles', true],
  ['categories', true],
  ['competencies', true],
  ['jurisdictions', true],
  ['types', new Set(QUESTION_TYPES)],
  ['seniority', new Set(SENIORITY_LEVELS)],
];

function fail(message: string): never {
  throw new PrepdeckError('INVALID_CRITERIA', `Invalid criteria: ${message}`);
}

/**
 * Reads a string or list of strings, checking each value; an empty list means no
 * constraint. `plural` names the values in messages; one value is named by its singular
 * (`categories`, `category`).
 */
function readList(
  key: string,
  value: unknown,
  valid?: ReadonlySet<string>,
  plural = key,
): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    fail(`"${key}" must be a string or an array of strings, got ${showValue(value)}.`);
  }
  if (valid) {
    for (const item of list as string[]) {
      if (!valid.has(item)) {
        const all = [...valid];
        const listed =
          all.length <= 30
            ? `Valid ${plural}: ${all.join(', ')}.`
            : `The bank has ${all.length} ${plural}; check the spelling.`;
        const singular = plural.replace(/ies$/, 'y').replace(/s$/, '');
        fail(
          `unknown ${singular} ${showValue(item)} in "${key}".${suggestion(item, valid)} ${listed}`,
        );
      }
    }
  }
  return list.length === 0 ? undefined : (list as string[]);
}

function readCount(key: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (!isCount(value)) {
    fail(`"${key}" must be a whole number from 0 up, got ${showValue(value)}.`);
  }
  return value as number;
}

/** The keys of an object criterion, or undefined when the value is not a plain object. */
function readObject(
  key: string,
  value: unknown,
  allowed: readonly string[],
): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  for (const inner of Object.keys(value)) {
    if (!allowed.includes(inner)) {
      fail(
        `unknown key "${inner}" in "${key}".${suggestion(inner, allowed)} Valid keys: ${allowed.join(', ')}.`,
      );
    }
  }
  return value as Record<string, unknown>;
}

function readDifficulty(value: unknown): Set<Difficulty> | undefined {
  const check = (levels: unknown) =>
    readList('difficulty', levels, new Set(DIFFICULTIES), 'difficulties');
  const range = readObject('difficulty', value, ['min', 'max']);
  if (!range) {
    const list = check(value);
    return list && new Set(list as Difficulty[]);
  }
  check([range.min, range.max].filter((end) => end !== undefined));
  const from = DIFFICULTIES.indexOf((range.min ?? 'foundational') as Difficulty);
  const to = DIFFICULTIES.indexOf((range.max ?? 'advanced') as Difficulty);
  if (from > to)
    fail(`"difficulty" range has min ${showValue(range.min)} above max ${showValue(range.max)}.`);
  return new Set(DIFFICULTIES.slice(from, to + 1));
}

/** Whether a value is an object that is not null or an array. */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const toSet = (list: readonly string[] | undefined) => list && new Set(list);

/**
 * Checks criteria and reduces them to sets. With a bank's vocabulary, category, role,
 * competency and tag values must exist in it; the fixed enums are always checked.
 */
export function compileCriteria<Q extends QuestionLike>(
  criteria: Criteria<Q> | undefined,
  vocabulary: Vocabulary | undefined,
): CompiledCriteria<Q> {
  const c = (criteria === undefined ? {} : criteria) as Record<string, unknown>;
  if (!isPlainObject(c)) {
    fail(`criteria must be an object, got ${showValue(criteria)}.`);
  }
  for (const key of Object.keys(c)) {
    if (!(CRITERIA_KEYS as readonly string[]).includes(key)) {
      fail(
        `unknown criterion "${key}".${suggestion(key, CRITERIA_KEYS)} Valid criteria: ${CRITERIA_KEYS.join(', ')}.`,
      );
    }
  }
  const lists: Record<string, ReadonlySet<string> | undefined> = {};
  for (const [key, valid] of LISTS) {
    const allowed =
      valid === true
        ? (vocabulary?.[key as keyof Vocabulary] as ReadonlySet<string>)
        : valid || undefined;
    const list = readList(key, c[key], allowed);
    // Ids of merged questions (a bank's `moved`) stand for the question they moved to.
    lists[key] = toSet(valid ? list : list?.map((id) => vocabulary?.moved.get(id) ?? id));
  }

  const tagObject = readObject('tags', c.tags, ['all', 'any', 'none']);
  const tag = (key: string, value: unknown) => readList(key, value, vocabulary?.tags, 'tags');
  const tagsAll = tagObject ? tag('tags.all', tagObject.all) : undefined;
  const tagsAny = tagObject ? tag('tags.any', tagObject.any) : tag('tags', c.tags);
  const tagsNone = tagObject ? tag('tags.none', tagObject.none) : undefined;

  for (const [key, type] of [
    ['text', 'string'],
    ['where', 'function'],
    ['portable', 'boolean'],
  ]) {
    const value = c[key as string];
    if (value !== undefined && typeof value !== type)
      fail(`"${key}" must be a ${type}, got ${showValue(value)}.`);
  }
  const terms = normalizeWords((c.text as string | undefined) ?? '');
  if (c.seed !== undefined) seedKey(c.seed);
  // Ids nest by prefix: with a hyphen after each, `us-ny-` starts with `us-`. With
  // `portable: false` alone, every placed question matches: '' starts every id.
  const portable = c.portable !== false;
  const places = lists.jurisdictions
    ? [...lists.jurisdictions].map((id) => `${id}-`)
    : portable
      ? undefined
      : [''];

  return {
    ...(lists as Pick<CompiledCriteria<Q>, ListKey>),
    difficulty: readDifficulty(c.difficulty),
    tagsAll,
    tagsAny: toSet(tagsAny),
    tagsNone: toSet(tagsNone),
    terms,
    place:
      places &&
      ((ids) =>
        ids.length === 0
          ? portable
          : ids.some((id) => places.some((p) => `${id}-`.startsWith(p) || p.startsWith(`${id}-`)))),
    where: c.where as ((question: Q) => boolean) | undefined,
    offset: readCount('offset', c.offset, 0),
    limit: readCount('limit', c.limit, Infinity),
    seed: c.seed as Seed | undefined,
  };
}
