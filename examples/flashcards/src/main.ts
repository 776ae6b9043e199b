import './style.css';
import { bank, categories } from '@prepdeck/questions';
import { count, createDeck, query } from '@prepdeck/sdk';
import { createCardView, type Question } from './card-view.js';
import { byTestId } from './dom.js';
import { DIFFICULTY_CHOICES, type Filters, readFilters, toCriteria } from './filters.js';
import { isRating, RATINGS, type Rating, tally } from './ratings.js';
import { dueIn, loadSchedule, nextCard, queue, rate, saveSchedule } from './schedule.js';
import { EMPTY_SESSION, loadSession, type Session, saveSession } from './storage.js';

const form = byTestId('filters', HTMLFormElement);
const categoryList = form.querySelector('#category-list');
const difficultySelect = byTestId('difficulty', HTMLSelectElement);
const seedInput = byTestId('seed', HTMLInputElement);
const matchCount = byTestId('match-count', HTMLElement);
const empty = byTestId('empty', HTMLElement);
const progress = byTestId('progress', HTMLElement);
const ratingButtons = byTestId('card', HTMLElement).querySelectorAll<HTMLButtonElement>(
  'button[data-rating]',
);
const cardView = createCardView();

if (!(categoryList instanceof HTMLElement)) throw new Error('Missing #category-list.');

const questionsById = new Map(bank.questions.map((question) => [question.id, question]));

let session: Session = loadSession();
let schedule = loadSchedule();
let current: Question | undefined;

const WELCOME = empty.textContent ?? '';
const NO_MATCH = 'No question matches these filters. Try more categories or levels.';
let notice = WELCOME;

// ---- the filter form ----

categoryList.replaceChildren(
  ...categories.map((category) => {
    const label = document.createElement('label');
    label.className = 'category';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'category';
    box.value = category.id;
    box.dataset.testid = `category-${category.id}`;
    label.append(box, ` ${category.title}`);
    return label;
  }),
);

difficultySelect.replaceChildren(
  ...DIFFICULTY_CHOICES.map(({ value, label }) => new Option(label, value)),
);

function readForm(): Filters {
  const data = new FormData(form);
  return readFilters({
    categories: data.getAll('category'),
    difficulty: data.get('difficulty'),
    seed: data.get('seed'),
  });
}

function writeForm(filters: Filters): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="category"]')) {
    box.checked = filters.categories.includes(box.value);
  }
  difficultySelect.value = filters.difficulty;
  seedInput.value = filters.seed;
}

function showMatchCount(): void {
  const n = count(bank, toCriteria(readForm()));
  matchCount.textContent = `${n} ${n === 1 ? 'question matches' : 'questions match'}.`;
}

// ---- the deck ----

/** The ids of the dealt deck in its seeded order: new questions are dealt in this order. */
let order: readonly string[] = [];

function render(): void {
  cardView.show(current, session.flipped);
  empty.hidden = current !== undefined;
  empty.textContent = notice;
  progress.textContent = current === undefined ? '' : describeProgress(current.id, new Date());
}

/**
 * Where the card on screen stands, what is queued after it, the ratings since the last Deal
 * and when the last rated card comes back, e.g. "New card. Up next: 2 due, 9 new, 4 later.
 * Rated 6: Again 1, Hard 1, Good 3, Easy 1. The last card is back in 10 minutes."
 */
function describeProgress(id: string, now: Date): string {
  const card = schedule[id];
  const status =
    card === undefined
      ? 'New card.'
      : Date.parse(card.due) <= now.getTime()
        ? 'Due for review.'
        : `Studying ahead: due ${dueIn(card.due, now)}.`;
  const next = queue(
    order.filter((other) => other !== id),
    schedule,
    now,
  );
  const upNext = `Up next: ${next.due.length} due, ${next.fresh.length} new, ${next.later.length} later.`;
  const counts = tally(session.ratings);
  const rated =
    session.ratings.length === 0
      ? 'Rated 0.'
      : `Rated ${session.ratings.length}: ${RATINGS.map((r) => `${label(r)} ${counts[r]}`).join(', ')}.`;
  const last = session.ratings.at(-1);
  const lastCard = last === undefined ? undefined : schedule[last.id];
  const back = lastCard === undefined ? '' : ` The last card is back ${dueIn(lastCard.due, now)}.`;
  return `${status} ${upNext} ${rated}${back}`;
}

function label(rating: Rating): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}

function save(): void {
  saveSession(session);
}

/** Shows the most due card of the deck; `skip` is the card just rated. */
function dealNext(skip?: string): void {
  const id = nextCard(order, schedule, new Date(), skip);
  current = id === undefined ? undefined : questionsById.get(id);
  session = { ...session, current: current?.id ?? null, flipped: false };
  save();
  render();
}

/** Deals a new deck for the filters. The schedule is kept: rated cards come back when due. */
function deal(filters: Filters): void {
  const items = query(bank, toCriteria(filters));
  notice = items.length === 0 ? NO_MATCH : WELCOME;
  const deck = items.length === 0 ? null : createDeck(items, { seed: filters.seed });
  order = deck === null ? [] : deck.state().order;
  session = { ...EMPTY_SESSION, filters, deck: deck?.state() ?? null };
  dealNext();
}

/** Resumes the saved deck at the card it was on; starts empty when the save is unusable. */
function resume(): void {
  writeForm(session.filters);
  const state = session.deck;
  if (state === null) return;
  try {
    const items = query(bank, toCriteria(session.filters));
    // Questions added to the bank since are appended to the order; removed ones are skipped.
    order = createDeck(items, { state }).state().order;
  } catch {
    session = { ...EMPTY_SESSION, filters: session.filters };
    save();
    return;
  }
  const id = session.current;
  current = id !== null && order.includes(id) ? questionsById.get(id) : undefined;
  if (current === undefined) dealNext();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const filters = readForm();
  writeForm(filters);
  deal(filters);
  cardView.flipButton.focus();
});

form.addEventListener('change', showMatchCount);

cardView.flipButton.addEventListener('click', () => {
  session = { ...session, flipped: !session.flipped };
  cardView.flip(session.flipped);
  save();
});

for (const button of ratingButtons) {
  button.addEventListener('click', () => {
    const rating = button.dataset.rating;
    if (current === undefined || !isRating(rating)) return;
    const { id } = current;
    // Start from what is saved now, so ratings saved in another tab since are kept.
    const latest = { ...schedule, ...loadSchedule() };
    schedule = { ...latest, [id]: rate(latest[id], rating, new Date()) };
    saveSchedule(schedule);
    session = { ...session, ratings: [...session.ratings, { id, rating }] };
    dealNext(id);
  });
}

resume();
showMatchCount();
render();
