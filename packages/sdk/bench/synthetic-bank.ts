import type {
  BankLike,
  Difficulty,
  QuestionLike,
  QuestionType,
  RandomSource,
  Seed,
  Seniority,
} from '../src/index.js';
import { createRandom, DIFFICULTIES, QUESTION_TYPES, SENIORITY_LEVELS } from '../src/index.js';

/** The sizes and seed of a synthetic bank; every field has a default. */
export interface SyntheticBankOptions {
  /** Seeds every random choice; the same options give the same bank. */
  readonly seed?: Seed | undefined;
  /** How many roles. */
  readonly roles?: number | undefined;
  /** How many questions each role has. */
  readonly questionsPerRole?: number | undefined;
  /** How many categories. */
  readonly categories?: number | undefined;
  /** How many tags (drawn with a Zipf-like frequency). */
  readonly tags?: number | undefined;
  /** How many competencies. */
  readonly competencies?: number | undefined;
  /** How many distinct pseudo-words the texts are made of. */
  readonly vocabulary?: number | undefined;
  /** The fewest words of a question text. */
  readonly minWords?: number | undefined;
  /** The most words of a question text. */
  readonly maxWords?: number | undefined;
}

/** The options with every default filled in. */
export type SyntheticBankSizes = {
  readonly [K in keyof SyntheticBankOptions]-?: NonNullable<SyntheticBankOptions[K]>;
};

/** A synthetic bank: the vocabularies as `{ id }` records, and the questions. */
export type SyntheticBank = BankLike<QuestionLike>;

/** 5,000 roles x 30 questions = 150,000 questions. */
export const FULL_SIZE: SyntheticBankSizes = {
  seed: 'prepdeck-synthetic-bank',
  roles: 5000,
  questionsPerRole: 30,
  categories: 16,
  tags: 200,
  competencies: 20,
  vocabulary: 20_000,
  minWords: 12,
  maxWords: 30,
};

const TWO_POW_32 = 4294967296;
const CONSONANTS = 'bcdfghjklmnprstvz';
const VOWELS = 'aeiou';
const CODAS = 'lmnrst';
/** Accented forms of each vowel, for the few words that carry an accent. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'àáâä',
  e: 'éèêë',
  i: 'íîï',
  o: 'óôö',
  u: 'úùûü',
};
/** One word in this many carries an accent (or a cedilla or tilde). */
const ACCENT_EVERY = 12;

const TYPE_WEIGHTS: readonly number[] = [35, 30, 20, 15];
const DIFFICULTY_WEIGHTS: readonly number[] = [30, 45, 25];
const SENIORITY_COUNT_WEIGHTS: readonly number[] = [50, 35, 15];
const COMPETENCY_COUNT_WEIGHTS: readonly number[] = [40, 40, 20];
const TAG_COUNT_WEIGHTS: readonly number[] = [30, 35, 22, 13];

/** Fills in the defaults of {@link FULL_SIZE}. */
export function syntheticBankSizes(options: SyntheticBankOptions = {}): SyntheticBankSizes {
  const sizes: SyntheticBankSizes = {
    seed: options.seed ?? FULL_SIZE.seed,
    roles: options.roles ?? FULL_SIZE.roles,
    questionsPerRole: options.questionsPerRole ?? FULL_SIZE.questionsPerRole,
    categories: options.categories ?? FULL_SIZE.categories,
    tags: options.tags ?? FULL_SIZE.tags,
    competencies: options.competencies ?? FULL_SIZE.competencies,
    vocabulary: options.vocabulary ?? FULL_SIZE.vocabulary,
    minWords: options.minWords ?? FULL_SIZE.minWords,
    maxWords: options.maxWords ?? FULL_SIZE.maxWords,
  };
  const counts = [
    sizes.roles,
    sizes.questionsPerRole,
    sizes.categories,
    sizes.tags,
    sizes.competencies,
    sizes.vocabulary,
  ];
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 1)) {
    throw new RangeError('Synthetic bank sizes must be whole numbers from 1 up.');
  }
  if (sizes.tags < 4 || sizes.competencies < 3) {
    throw new RangeError('A synthetic bank needs at least 4 tags and 3 competencies.');
  }
  if (sizes.minWords < 1 || sizes.maxWords < sizes.minWords) {
    throw new RangeError('Synthetic texts need 1 <= minWords <= maxWords.');
  }
  return sizes;
}

/** A uniform float in [0, 1) from the stream. */
function unit(random: RandomSource): number {
  return random.nextUint32() / TWO_POW_32;
}

/** Draws an index with probability proportional to its weight. */
function pickWeighted(random: RandomSource, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let u = unit(random) * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/**
 * A sampler of ranks `0..n-1` with probability proportional to `1 / (rank + 1)^exponent`
 * (Zipf's law), by binary search over the cumulative weights.
 */
export function zipfSampler(n: number, exponent: number, random: RandomSource): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const u = unit(random) * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] as number) > u) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

/** `count` distinct values from `draw`, in the order first drawn. */
function distinct(count: number, draw: () => number): number[] {
  const picked: number[] = [];
  while (picked.length < count) {
    const value = draw();
    if (!picked.includes(value)) picked.push(value);
  }
  return picked;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function ids(prefix: string, count: number): { readonly id: string }[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${pad(i + 1, width)}` }));
}

function accentFree(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** One pseudo-word of one to four syllables, now and then with an accented letter. */
function pseudoWord(random: RandomSource): string {
  const syllables = 1 + pickWeighted(random, [10, 40, 35, 15]);
  let word = '';
  for (let s = 0; s < syllables; s++) {
    word += CONSONANTS[random.nextInt(CONSONANTS.length)];
    word += VOWELS[random.nextInt(VOWELS.length)];
    if (random.nextInt(4) === 0) word += CODAS[random.nextInt(CODAS.length)];
  }
  if (random.nextInt(ACCENT_EVERY) !== 0) return word;
  const letters = [...word];
  const vowelAt = letters.flatMap((letter, i) => (letter in ACCENTED ? [i] : []));
  const kind = random.nextInt(6);
  if (kind === 0 && letters.includes('c')) return word.replace('c', 'ç');
  if (kind === 1 && letters.includes('n')) return word.replace('n', 'ñ');
  const at = vowelAt[random.nextInt(vowelAt.length)] as number;
  const forms = ACCENTED[letters[at] as string] as string;
  letters[at] = forms[random.nextInt(forms.length)] as string;
  return letters.join('');
}

/**
 * `count` pseudo-words of lower-case letters, distinct even with accents stripped, the
 * shorter first: ranked by frequency, short words are the common ones.
 */
export function pseudoWords(count: number, random: RandomSource): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < count) {
    const word = pseudoWord(random);
    const key = accentFree(word);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words.sort((a, b) => a.length - b.length);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Builds a synthetic bank for benchmarks: `roles x questionsPerRole` questions whose
 * every random choice comes from `createRandom(seed)`, so the same options give the same
 * bank on every run and platform. Tags and text words follow a Zipf-like frequency; each
 * question has one role, one category, a type and a difficulty (skewed towards the
 * middle), one to three seniority levels, one to three competencies, one to four tags and
 * a text of `minWords` to `maxWords` pseudo-words.
 *
 * @param options - Sizes and seed; the defaults are {@link FULL_SIZE} (150,000 questions).
 * @returns The bank.
 */
export function createSyntheticBank(options: SyntheticBankOptions = {}): SyntheticBank {
  const sizes = syntheticBankSizes(options);
  const random = createRandom(sizes.seed);
  const roles = ids('role', sizes.roles);
  const categories = ids('category', sizes.categories);
  const competencies = ids('competency', sizes.competencies);
  const tags = ids('tag', sizes.tags);
  const words = pseudoWords(sizes.vocabulary, random);

  const drawTag = zipfSampler(sizes.tags, 1, random);
  const drawWord = zipfSampler(sizes.vocabulary, 1, random);
  const drawCompetency = () => random.nextInt(sizes.competencies);
  const drawSeniority = () => random.nextInt(SENIORITY_LEVELS.length);
  const idOf = (records: readonly { readonly id: string }[], index: number) =>
    (records[index] as { readonly id: string }).id;
  const questionWidth = String(sizes.questionsPerRole).length;
  const wordSpan = sizes.maxWords - sizes.minWords + 1;

  const questions: QuestionLike[] = [];
  for (const role of roles) {
    for (let q = 1; q <= sizes.questionsPerRole; q++) {
      const category = idOf(categories, random.nextInt(sizes.categories));
      const type = QUESTION_TYPES[pickWeighted(random, TYPE_WEIGHTS)] as QuestionType;
      const difficulty = DIFFICULTIES[pickWeighted(random, DIFFICULTY_WEIGHTS)] as Difficulty;
      const seniority = distinct(1 + pickWeighted(random, SENIORITY_COUNT_WEIGHTS), drawSeniority)
        .sort((a, b) => a - b)
        .map((level) => SENIORITY_LEVELS[level] as Seniority);
      const questionCompetencies = distinct(
        1 + pickWeighted(random, COMPETENCY_COUNT_WEIGHTS),
        drawCompetency,
      ).map((index) => idOf(competencies, index));
      const questionTags = distinct(1 + pickWeighted(random, TAG_COUNT_WEIGHTS), drawTag).map(
        (index) => idOf(tags, index),
      );
      const length = sizes.minWords + random.nextInt(wordSpan);
      const text: string[] = [];
      for (let w = 0; w < length; w++) text.push(words[drawWord()] as string);
      questions.push({
        id: `${role.id}-q${pad(q, questionWidth)}`,
        text: `${capitalize(text.join(' '))}?`,
        roles: [role.id],
        category,
        type,
        difficulty,
        seniority,
        competencies: questionCompetencies,
        tags: questionTags,
      });
    }
  }
  return { roles, categories, competencies, tags, questions };
}
