/**
 * Query, filter, shuffle, sample and deal interview questions: typed, dependency-free and
 * reproducible by seed. The core a browser app bundles.
 *
 * @packageDocumentation
 * @module @prepdeck/sdk
 */
export type { Deck, DeckOptions, OnExhausted } from './deck/create-deck.js';
export { createDeck } from './deck/create-deck.js';
export type { DeckState } from './deck/deck-state.js';
export type { ExerciseLike, GuidanceLike, RedFlagLike, RubricLike } from './guidance-like.js';
export type { QuestionIndex } from './index/create-index.js';
export { createIndex } from './index/create-index.js';
export type { PrepdeckErrorCode } from './prepdeck-error.js';
export { PrepdeckError } from './prepdeck-error.js';
export { count } from './query/count.js';
export type { Criteria, DifficultyRange, OneOrMany, TagCriteria } from './query/criteria.js';
export type { Facets } from './query/facets.js';
export { facets } from './query/facets.js';
export { query } from './query/query.js';
export { DIFFICULTIES, QUESTION_TYPES, SENIORITY_LEVELS } from './question-enums.js';
export type {
  BankLike,
  Difficulty,
  QuestionLike,
  QuestionSource,
  QuestionType,
  Seniority,
} from './question-like.js';
export type { RandomSource } from './random/create-random.js';
export { createRandom } from './random/create-random.js';
export type { Seed } from './random/seed.js';
export { redFlagText } from './red-flag-text.js';
export type { BalancedSampleOptions, BalanceKey, SampleOptions } from './sample.js';
export { sample } from './sample.js';
export type { ShuffleOptions } from './shuffle.js';
export { shuffle } from './shuffle.js';
