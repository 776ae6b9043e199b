import type { DeckState } from '@prepdeck/sdk';
import { DEFAULT_FILTERS, type Filters, readFilters } from './filters.js';
import { type RatedCard, readRatings } from './ratings.js';

/** Everything the app keeps between visits, apart from the schedule (see schedule.ts). */
export interface Session {
  readonly filters: Filters;
  /**
   * `deck.state()` of the deck dealt by the last Deal: its seeded order, in which new
   * questions are dealt. Null before the first Deal.
   */
  readonly deck: DeckState | null;
  /** The id of the card on screen; null when none is. */
  readonly current: string | null;
  /** Whether the current card shows its guidance. */
  readonly flipped: boolean;
  /** The ratings given since the last Deal, oldest first. */
  readonly ratings: readonly RatedCard[];
}

export const STORAGE_KEY = 'prepdeck-flashcards';

/** Version 1 kept the card on screen as `deck.last`; version 2 keeps it as `current`. */
const STORAGE_VERSION = 2;

export const EMPTY_SESSION: Session = {
  filters: DEFAULT_FILTERS,
  deck: null,
  current: null,
  flipped: false,
  ratings: [],
};

/**
 * Reads the saved session. The deck state is checked later, by `createDeck`; anything
 * unreadable here starts a fresh session (a version 1 save keeps its filters).
 */
export function loadSession(storage: Storage = localStorage): Session {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return EMPTY_SESSION;
  }
  if (raw === null || typeof raw !== 'object') return EMPTY_SESSION;
  const saved = raw as Record<string, unknown>;
  if (saved.version === 1) return { ...EMPTY_SESSION, filters: readFilters(saved.filters) };
  if (saved.version !== STORAGE_VERSION) return EMPTY_SESSION;
  return {
    filters: readFilters(saved.filters),
    deck: saved.deck !== null && typeof saved.deck === 'object' ? (saved.deck as DeckState) : null,
    current: typeof saved.current === 'string' ? saved.current : null,
    flipped: saved.flipped === true,
    ratings: readRatings(saved.ratings),
  };
}

export function saveSession(session: Session, storage: Storage = localStorage): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, ...session }));
  } catch {
    // Storage full or disabled (private mode): the app still works, it just will not resume.
  }
}
