import './style.css';
import { bank, categories } from '@prepdeck/questions';
import { count, createDeck, type Deck, query } from '@prepdeck/sdk';
import { createCardView, type Question } from './card-view.js';
import { byTestId } from './dom.js';
import { DIFFICULTY_CHOICES, type Filters, readFilters, toCriteria } from './filters.js';
import { isRating, RATINGS, type Rating, tally } from './ratings.js';
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
let deck: Deck<Question> | null = null;
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

function render(): void {
  cardView.show(current, session.flipped);
  empty.hidden = current !== undefined;
  empty.textContent = notice;
  if (deck === null || current === undefined) {
    progress.textContent = '';
    return;
  }
  const { position, round } = deck.state();
  const counts = tally(session.ratings);
  const rated = RATINGS.map((rating) => `${label(rating)} ${counts[rating]}`).join(', ');
  progress.textContent =
    `Card ${position} of ${deck.size}${round > 0 ? ` (round ${round + 1})` : ''}. ` +
    `Rated ${session.ratings.length}: ${rated}.`;
}

function label(rating: Rating): string {
  return rating.charAt(0).toUpperCase() + rating.slice(1);
}

function save(): void {
  saveSession({ ...session, deck: deck?.state() ?? null });
}

function dealNext(): void {
  if (deck === null) return;
  current = deck.draw()[0];
  session = { ...session, flipped: false };
  save();
  render();
}

function deal(filters: Filters): void {
  const items = query(bank, toCriteria(filters));
  session = { ...EMPTY_SESSION, filters };
  notice = items.length === 0 ? NO_MATCH : WELCOME;
  if (items.length === 0) {
    deck = null;
    current = undefined;
    save();
    render();
    return;
  }
  deck = createDeck(items, { seed: filters.seed, onExhausted: 'reshuffle' });
  dealNext();
}

/** Resumes the saved deck at the card it was on; starts empty when the save is unusable. */
function resume(): void {
  writeForm(session.filters);
  const state = session.deck;
  if (state === null) return;
  try {
    const items = query(bank, toCriteria(session.filters));
    deck = createDeck(items, { state, onExhausted: 'reshuffle' });
  } catch {
    session = { ...EMPTY_SESSION, filters: session.filters };
    save();
    return;
  }
  current = state.last === null ? undefined : questionsById.get(state.last);
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
    session = { ...session, ratings: [...session.ratings, { id: current.id, rating }] };
    dealNext();
  });
}

resume();
showMatchCount();
render();
