import type { DeckState } from '@prepdeck/sdk';
import { DEFAULT_FILTERS, type Filters, readFilters } from './filters.js';
import { type RatedCard, readRatings } from './ratings.js';

/** Everything the app keeps between visits. */
export interface Session {
  readonly filters: Filters;
  /** `deck.state()` after the last card dealt; null before the first Deal. */
  readonly deck: DeckState | null;
  /** Whether the current card shows its guidance. */
  readonly flipped: boolean;
  /** The ratings given since the last Deal, oldest first. */
  readonly ratings: readonly RatedCard[];
}

export const STORAGE_KEY = 'prepdeck-flashcards';

const STORAGE_VERSION = 1;

export const EMPTY_SESSION: Session = {
  filters: DEFAULT_FILTERS,
  deck: null,
  flipped: false,
  ratings: [],
};

/**
 * Reads the saved session. The deck state is checked later, by `createDeck`; anything
 * unreadable here starts a fresh session.
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
  if (saved.version !== STORAGE_VERSION) return EMPTY_SESSION;
  return {
    filters: readFilters(saved.filters),
    deck: saved.deck !== null && typeof saved.deck === 'object' ? (saved.deck as DeckState) : null,
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
