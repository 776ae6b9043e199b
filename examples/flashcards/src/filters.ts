import { categories } from '@prepdeck/questions';
import { type Criteria, DIFFICULTIES, type Difficulty } from '@prepdeck/sdk';

/**
 * The difficulty picked in the form: every level, exactly one level, or a level and
 * everything above it.
 */
export type DifficultyChoice = 'all' | Difficulty | `min:${Difficulty}`;

/** What the learner chose before pressing Deal. */
export interface Filters {
  readonly categories: readonly string[];
  readonly difficulty: DifficultyChoice;
  readonly seed: string;
}

export const DEFAULT_SEED = 'flashcards';

export const DEFAULT_FILTERS: Filters = { categories: [], difficulty: 'all', seed: DEFAULT_SEED };

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The options of the difficulty select, in display order. */
export const DIFFICULTY_CHOICES: readonly { value: DifficultyChoice; label: string }[] = [
  { value: 'all', label: 'All levels' },
  ...DIFFICULTIES.map((level) => ({ value: level, label: `${capitalize(level)} only` })),
  ...DIFFICULTIES.slice(1, -1).map((level) => ({
    value: `min:${level}` as const,
    label: `${capitalize(level)} and above`,
  })),
];

const CATEGORY_IDS = new Set(categories.map((category) => category.id));

export function isDifficultyChoice(value: unknown): value is DifficultyChoice {
  return DIFFICULTY_CHOICES.some((choice) => choice.value === value);
}

/** Keeps what is valid of a stored or typed-in value, falling back to the defaults. */
export function readFilters(value: unknown): Filters {
  if (value === null || typeof value !== 'object') return DEFAULT_FILTERS;
  const raw = value as Record<string, unknown>;
  const picked = Array.isArray(raw.categories) ? raw.categories : [];
  return {
    categories: categories
      .map((category) => category.id)
      .filter((id) => picked.includes(id) && CATEGORY_IDS.has(id)),
    difficulty: isDifficultyChoice(raw.difficulty) ? raw.difficulty : DEFAULT_FILTERS.difficulty,
    seed: typeof raw.seed === 'string' && raw.seed.trim() !== '' ? raw.seed.trim() : DEFAULT_SEED,
  };
}

/** The SDK criteria for the chosen filters. */
export function toCriteria(filters: Filters): Criteria {
  const { difficulty } = filters;
  return {
    categories: [...filters.categories],
    ...(difficulty === 'all'
      ? {}
      : difficulty.startsWith('min:')
        ? { difficulty: { min: difficulty.slice(4) as Difficulty } }
        : { difficulty: difficulty as Difficulty }),
  };
}
