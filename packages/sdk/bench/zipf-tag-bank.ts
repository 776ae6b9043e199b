import type { BankLike, Difficulty, QuestionLike, QuestionType } from '../src/index.js';
import { DIFFICULTIES, QUESTION_TYPES, SENIORITY_LEVELS } from '../src/index.js';

/**
 * A second benchmark bank, built independently of `synthetic-bank.ts` so that a speed
 * figure does not depend on one generator's quirks: categories, types and difficulties
 * are uniform, and tags follow Zipf's law (the tag of rank r is drawn with probability
 * proportional to 1 / r), as tags do in real catalogues, where a handful are on most
 * items and most are on few. Its random numbers come from its own small generator
 * (mulberry32), not from the SDK's.
 */

/** The sizes of a Zipf-tag bank. */
export interface ZipfTagBankSizes {
  readonly questions: number;
  readonly categories: number;
  readonly tags: number;
  /** Each question has from one to this many distinct tags. */
  readonly maxTagsPerQuestion: number;
  readonly seed: number;
}

/** 150,000 questions, 24 categories, 1,000 tags. */
export const ZIPF_TAG_BANK_SIZE: ZipfTagBankSizes = {
  questions: 150_000,
  categories: 24,
  tags: 1000,
  maxTagsPerQuestion: 5,
  seed: 20_261_207,
};

/** mulberry32: a 32-bit state generator of floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['meter', 'bill', 'tariff', 'arrears', 'outage', 'complaint', 'refund', 'leak'];

/**
 * Builds the bank: `questions` questions with a uniform category, type and difficulty,
 * one to `maxTagsPerQuestion` Zipf-distributed tags and a short text.
 *
 * @param sizes - The sizes; {@link ZIPF_TAG_BANK_SIZE} by default.
 * @returns The bank, with `{ id }` vocabularies.
 */
export function createZipfTagBank(
  sizes: ZipfTagBankSizes = ZIPF_TAG_BANK_SIZE,
): BankLike<QuestionLike> {
  const random = mulberry32(sizes.seed);
  const pick = (n: number) => Math.floor(random() * n);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= sizes.tags; rank++) {
    total += 1 / rank;
    cumulative.push(total);
  }
  const zipfTag = () => {
    const u = random() * total;
    const rank = cumulative.findIndex((bound) => bound > u);
    return rank === -1 ? sizes.tags - 1 : rank;
  };
  const id = (prefix: string, i: number) => `${prefix}-${i + 1}`;
  const questions: QuestionLike[] = [];
  for (let i = 0; i < sizes.questions; i++) {
    const tags = new Set<number>();
    const wanted = 1 + pick(sizes.maxTagsPerQuestion);
    while (tags.size < wanted) tags.add(zipfTag());
    questions.push({
      id: id('zq', i),
      text: `${WORDS[pick(WORDS.length)]} ${WORDS[pick(WORDS.length)]} question ${i}`,
      roles: ['zipf-role'],
      category: id('zc', pick(sizes.categories)),
      type: QUESTION_TYPES[pick(QUESTION_TYPES.length)] as QuestionType,
      difficulty: DIFFICULTIES[pick(DIFFICULTIES.length)] as Difficulty,
      seniority: [
        SENIORITY_LEVELS[pick(SENIORITY_LEVELS.length)] as (typeof SENIORITY_LEVELS)[number],
      ],
      competencies: [id('zk', pick(10))],
      tags: [...tags].map((rank) => id('zt', rank)),
    });
  }
  const records = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: id(prefix, i) }));
  return {
    roles: [{ id: 'zipf-role' }],
    categories: records('zc', sizes.categories),
    competencies: records('zk', 10),
    tags: records('zt', sizes.tags),
    questions,
  };
}
