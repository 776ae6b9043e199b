import { isCount } from '../is-count.js';
import { PrepdeckError } from '../prepdeck-error.js';
import type { OnExhausted } from './create-deck.js';

/**
 * A deck's progress as plain JSON, from `deck.state()`. Store it anywhere (a file,
 * `localStorage`) and pass it back as `createDeck(items, { state })` to continue in
 * another process. Questions added to the bank since are appended in seeded order;
 * questions removed since are skipped.
 *
 * @example
 * ```ts
 * import { createDeck, type DeckState } from '@prepdeck/sdk';
 * import { questions } from '@prepdeck/questions';
 *
 * const saved: DeckState = createDeck(questions, { seed: 'me' }).state();
 * const restored = createDeck(questions, { state: JSON.parse(JSON.stringify(saved)) });
 * ```
 * @category Decks
 */
export interface DeckState {
  /** Always `'prepdeck-deck'`. */
  readonly format: 'prepdeck-deck';
  /** The state format version; this release writes and reads version 1. */
  readonly version: 1;
  /** The seed the deck's rounds are shuffled with, as a string. */
  readonly seed: string;
  /** The current round, from 0; `'reshuffle'` decks start a new round when exhausted. */
  readonly round: number;
  /** The ids of the current round, in dealing order. */
  readonly order: readonly string[];
  /** How many of `order` have been dealt. */
  readonly position: number;
  /** The id of the last card dealt, or null, so a new round does not start with it. */
  readonly last: string | null;
  /** The deck's `onExhausted`, restored unless `createDeck` is given another. */
  readonly onExhausted?: OnExhausted | undefined;
}

/** The valid `onExhausted` policies. */
export const EXHAUSTION_POLICIES: readonly OnExhausted[] = ['stop', 'throw', 'reshuffle'];

/** Throws `INVALID_DECK_STATE` with the message after "Invalid deck state: ". */
export function invalidDeckState(message: string): never {
  throw new PrepdeckError('INVALID_DECK_STATE', `Invalid deck state: ${message}`);
}

/** Checks a saved state; throws `INVALID_DECK_STATE` when any field is missing or wrong. */
export function readDeckState(value: unknown): DeckState {
  // Object() turns null and undefined into {} and wraps other primitives: no field to read.
  const s = Object(value) as Record<string, unknown>;
  if (typeof s.version === 'number' && s.version > 1) {
    invalidDeckState(`version ${s.version} is from a newer release; this one reads version 1.`);
  }
  const order = s.order as string[];
  const last = s.last ?? null;
  const valid =
    s.format === 'prepdeck-deck' &&
    s.version === 1 &&
    typeof s.seed === 'string' &&
    isCount(s.round) &&
    Array.isArray(order) &&
    order.every((id) => typeof id === 'string') &&
    new Set(order).size === order.length &&
    isCount(s.position) &&
    s.position <= order.length &&
    (last === null || typeof last === 'string') &&
    (s.onExhausted === undefined || EXHAUSTION_POLICIES.includes(s.onExhausted as OnExhausted));
  if (!valid) invalidDeckState('pass what deck.state() returned, unchanged.');
  return { ...(s as unknown as DeckState), last: last as string | null };
}
