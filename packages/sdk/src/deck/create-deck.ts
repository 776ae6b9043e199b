import { requireArray, requireCount, requireOneOf } from '../check-argument.js';
import { PrepdeckError } from '../prepdeck-error.js';
import { randomState } from '../random/fisher-yates.js';
import type { Seed } from '../random/seed.js';
import { seedKey } from '../random/seed.js';
import { showValue } from '../show-value.js';
import { shuffle } from '../shuffle.js';
import type { DeckState } from './deck-state.js';
import { EXHAUSTION_POLICIES, invalidDeckState, readDeckState } from './deck-state.js';

/**
 * What a deck does when asked for more cards than remain: `'stop'` deals what is left
 * (possibly nothing), `'throw'` throws `DECK_EXHAUSTED` and deals nothing, `'reshuffle'`
 * starts a new seeded round that does not open with the card just dealt.
 *
 * @example
 * ```ts
 * import type { OnExhausted } from '@prepdeck/sdk';
 *
 * const policy: OnExhausted = 'reshuffle';
 * ```
 * @category Decks
 */
export type OnExhausted = 'stop' | 'throw' | 'reshuffle';

/**
 * Options of {@link createDeck}.
 *
 * @example
 * ```ts
 * import type { DeckOptions } from '@prepdeck/sdk';
 *
 * const options: DeckOptions = { seed: 'flashcards', onExhausted: 'reshuffle' };
 * ```
 * @category Decks
 */
export interface DeckOptions {
  /** Makes the dealing order reproducible; without it a random seed is chosen. */
  readonly seed?: Seed | undefined;
  /** What to do when the deck runs out: the saved state's, else `'stop'`. */
  readonly onExhausted?: OnExhausted | undefined;
  /** A saved `deck.state()` to continue from. */
  readonly state?: DeckState | undefined;
}

/**
 * A deck that deals items without repeats, from {@link createDeck}.
 *
 * @example
 * ```ts
 * import { createDeck, type Deck } from '@prepdeck/sdk';
 *
 * const deck: Deck<{ id: string }> = createDeck([{ id: 'a' }, { id: 'b' }], { seed: 1 });
 * deck.draw(); // [{ id: ... }]
 * ```
 * @category Decks
 */
export interface Deck<T extends { readonly id: string }> {
  /** How many cards a round holds. */
  readonly size: number;
  /** How many cards are left in the current round. */
  readonly remaining: number;
  /** The current round, from 0. */
  readonly round: number;
  /** Deals up to `n` cards (1 by default). */
  draw(n?: number): T[];
  /**
   * The card `draw()` would deal next, without dealing it; undefined when none is left.
   * On an exhausted `'reshuffle'` deck it starts the next round, as `draw()` would.
   */
  peek(): T | undefined;
  /** Starts over: round 0, nothing dealt, the seed's first order. */
  reset(): void;
  /** The deck's progress as plain JSON, to restore with `createDeck(items, { state })`. */
  state(): DeckState;
}

/** A fresh seed for an unseeded deck: four words from the cryptographic source. */
function randomSeed(): string {
  return randomState(undefined).join('.');
}

/**
 * Creates a deck that deals `items` in a seeded random order without repeats. Round 0
 * deals in the order of `shuffle(items, { seed })`; a `'reshuffle'` deck's round `r`
 * deals in the order of `shuffle(items, { seed: `${seed}#${r}` })`, with its first card
 * swapped with its second if it is the card just dealt. `state()` returns plain JSON that
 * restores the deck exactly, in another process; items added since are appended in a
 * seeded order and items removed since are skipped.
 *
 * @param items - What to deal; each needs a unique string `id`.
 * @param options - `seed`, `onExhausted` (`'stop'` by default) and a saved `state`.
 * @returns A {@link Deck}.
 * @throws {@link PrepdeckError} `INVALID_DECK_STATE` for a corrupt or newer state;
 *   `INVALID_ARGUMENT` for duplicate ids or a bad option; `INVALID_SEED` for a bad seed.
 *
 * @example
 * ```ts
 * import { createDeck } from '@prepdeck/sdk';
 * import { questions } from '@prepdeck/questions';
 *
 * const deck = createDeck(questions, { seed: 'evening', onExhausted: 'reshuffle' });
 * const [first] = deck.draw();
 * deck.remaining; // questions.length - 1
 * localStorage.setItem('deck', JSON.stringify(deck.state()));
 * ```
 * @category Decks
 */
export function createDeck<T extends { readonly id: string }>(
  items: readonly T[],
  options?: DeckOptions,
): Deck<T> {
  requireArray(items, 'createDeck');
  const byId = new Map<string, T>();
  for (const item of items) {
    const id: unknown = Object(item).id;
    if (typeof id !== 'string' || byId.has(id)) {
      throw new PrepdeckError(
        'INVALID_ARGUMENT',
        `createDeck: ${typeof id === 'string' ? 'duplicate id' : 'needs string ids, got'} ${showValue(id)}.`,
      );
    }
    byId.set(id, item);
  }

  const saved = options?.state === undefined ? undefined : readDeckState(options?.state);
  const onExhausted = requireOneOf(
    options?.onExhausted ?? saved?.onExhausted ?? 'stop',
    EXHAUSTION_POLICIES,
    'onExhausted',
  );
  if (saved && options?.seed !== undefined && seedKey(options?.seed) !== saved.seed) {
    invalidDeckState(`it was saved with seed "${saved.seed}", not "${seedKey(options?.seed)}".`);
  }
  const seed = saved?.seed ?? (options?.seed === undefined ? randomSeed() : seedKey(options?.seed));
  const roundSeed = (r: number) => (r === 0 ? seed : `${seed}#${r}`);

  let round = 0;
  let order: T[] = [];
  let position = 0;
  let last: string | null = null;

  const startRound = (r: number) => {
    round = r;
    order = shuffle(items, { seed: roundSeed(r) });
    position = 0;
    if (order.length > 1 && order[0]?.id === last)
      [order[0], order[1]] = [order[1] as T, order[0] as T];
  };

  if (saved) {
    ({ round, last } = saved);
    const known = new Set(saved.order);
    saved.order.forEach((id, index) => {
      const item = byId.get(id);
      if (item === undefined) return;
      order.push(item);
      if (index < saved.position) position++;
    });
    order.push(
      ...shuffle(
        items.filter((item) => !known.has(item.id)),
        { seed: `${roundSeed(round)}#added` },
      ),
    );
  } else {
    startRound(0);
  }

  const ensureCards = (): boolean => {
    if (position < order.length) return true;
    if (onExhausted !== 'reshuffle' || items.length === 0) return false;
    startRound(round + 1);
    return true;
  };

  return {
    get size() {
      return order.length;
    },
    get remaining() {
      return order.length - position;
    },
    get round() {
      return round;
    },
    draw(n = 1) {
      requireCount(n, 'draw');
      if (onExhausted === 'throw' && n > order.length - position) {
        throw new PrepdeckError(
          'DECK_EXHAUSTED',
          `Asked for ${n} cards, but only ${order.length - position} remain in this round.`,
        );
      }
      const dealt: T[] = [];
      while (dealt.length < n && ensureCards()) {
        const card = order[position++] as T;
        dealt.push(card);
        last = card.id;
      }
      return dealt;
    },
    peek() {
      return ensureCards() ? order[position] : undefined;
    },
    reset() {
      last = null;
      startRound(0);
    },
    state() {
      return {
        format: 'prepdeck-deck',
        version: 1,
        seed,
        round,
        order: order.map((item) => item.id),
        position,
        last,
        onExhausted,
      };
    },
  };
}
