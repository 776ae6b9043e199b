import { type Card, createEmptyCard, fsrs, Rating as Grade } from 'ts-fsrs';
import type { Rating } from './ratings.js';

/**
 * A question's spaced-repetition state: the fields of an FSRS card with its dates as ISO
 * strings, the same shape the CLI keeps in the `cards` of its progress file.
 */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly last_review?: string;
}

/** Every scheduled question, by id. */
export type Schedule = Readonly<Record<string, StoredCard>>;

export const SCHEDULE_KEY = 'prepdeck-flashcards-schedule';

const SCHEDULE_FORMAT = 'prepdeck-flashcards-schedule';
const SCHEDULE_VERSION = 1;

// FSRS as the CLI runs it: ts-fsrs defaults, without fuzz, so a rating always schedules
// the same interval (1 minute for a new card rated Again, 10 minutes for Good, days for Easy).
const scheduler = fsrs({ enable_fuzz: false });

const GRADES = {
  again: Grade.Again,
  hard: Grade.Hard,
  good: Grade.Good,
  easy: Grade.Easy,
} as const;

/** Rates a question: its next card, from its current one (none for a question never rated). */
export function rate(stored: StoredCard | undefined, rating: Rating, now: Date): StoredCard {
  const card: Card = stored
    ? ({
        ...stored,
        due: new Date(stored.due),
        ...(stored.last_review ? { last_review: new Date(stored.last_review) } : {}),
      } as Card)
    : createEmptyCard(now);
  const next = scheduler.next(card, now, GRADES[rating]).card;
  return {
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    state: next.state,
    ...(next.last_review ? { last_review: next.last_review.toISOString() } : {}),
  };
}

const NUMBER_FIELDS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** The card, if `value` is a usable one. */
function readCard(value: unknown): StoredCard | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  if (!isDate(raw.due)) return undefined;
  if (!NUMBER_FIELDS.every((field) => Number.isFinite(raw[field]))) return undefined;
  if (raw.last_review !== undefined && !isDate(raw.last_review)) return undefined;
  const card = Object.fromEntries(NUMBER_FIELDS.map((field) => [field, raw[field] as number]));
  return {
    ...(card as Omit<StoredCard, 'due' | 'last_review'>),
    due: raw.due,
    ...(raw.last_review === undefined ? {} : { last_review: raw.last_review as string }),
  };
}

/**
 * Reads the saved schedule. Unreadable JSON, another format or version, or a value that is
 * not an object gives an empty schedule; a card that is not a usable FSRS card is dropped.
 */
export function loadSchedule(storage: Storage = localStorage): Schedule {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(SCHEDULE_KEY) ?? 'null');
  } catch {
    return {};
  }
  if (raw === null || typeof raw !== 'object') return {};
  const saved = raw as Record<string, unknown>;
  if (saved.format !== SCHEDULE_FORMAT || saved.version !== SCHEDULE_VERSION) return {};
  const { cards } = saved;
  if (cards === null || typeof cards !== 'object' || Array.isArray(cards)) return {};
  const schedule: Record<string, StoredCard> = {};
  for (const [id, value] of Object.entries(cards)) {
    const card = readCard(value);
    if (card !== undefined) schedule[id] = card;
  }
  return schedule;
}

export function saveSchedule(schedule: Schedule, storage: Storage = localStorage): void {
  try {
    storage.setItem(
      SCHEDULE_KEY,
      JSON.stringify({ format: SCHEDULE_FORMAT, version: SCHEDULE_VERSION, cards: schedule }),
    );
  } catch {
    // Storage full or disabled: the schedule lasts until the page is closed.
  }
}

/** Where the deck's questions stand at `now`. */
export interface Queue {
  /** Rated questions whose due time has come, the most overdue first. */
  readonly due: readonly string[];
  /** Questions never rated, in the deck's order. */
  readonly fresh: readonly string[];
  /** Rated questions not yet due, the soonest first. */
  readonly later: readonly string[];
}

/** Sorts the deck's ids (in the deck's seeded order) into due, new and later questions. */
export function queue(order: readonly string[], schedule: Schedule, now: Date): Queue {
  const dueAt = (id: string) => Date.parse(schedule[id]?.due ?? '');
  const byDue = (a: string, b: string) => dueAt(a) - dueAt(b);
  const rated = order.filter((id) => schedule[id] !== undefined);
  // Array.prototype.sort is stable: questions due at the same time keep the deck's order.
  return {
    due: rated.filter((id) => dueAt(id) <= now.getTime()).sort(byDue),
    fresh: order.filter((id) => schedule[id] === undefined),
    later: rated.filter((id) => dueAt(id) > now.getTime()).sort(byDue),
  };
}

/**
 * The question to show next: the most overdue, else the first new one in the deck's order,
 * else (everything rated and nothing due) the one due soonest, studying ahead. `skip` (the
 * card just rated) is only dealt again when the deck holds nothing else.
 */
export function nextCard(
  order: readonly string[],
  schedule: Schedule,
  now: Date,
  skip?: string,
): string | undefined {
  const { due, fresh, later } = queue(order, schedule, now);
  const candidates = [...due, ...fresh, ...later];
  return candidates.find((id) => id !== skip) ?? candidates[0];
}

const MINUTE = 60_000;

/** "in 1 minute", "in 10 minutes", "in 3 hours", "in 4 days": how long until `due`. */
export function dueIn(due: string, now: Date): string {
  const minutes = Math.max(0, Math.ceil((Date.parse(due) - now.getTime()) / MINUTE));
  const [amount, unit] =
    minutes < 60
      ? [minutes, 'minute']
      : minutes < 24 * 60
        ? [Math.round(minutes / 60), 'hour']
        : [Math.round(minutes / (24 * 60)), 'day'];
  return minutes === 0 ? 'now' : `in ${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
