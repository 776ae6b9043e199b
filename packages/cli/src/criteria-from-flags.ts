import type { Criteria, Difficulty, QuestionType, Seniority } from '@prepdeck/sdk';
import { usageError } from './cli-error.js';

/** The filter flags shared by `ask`, `practice`, `review` and `export`. */
export interface FilterFlags {
  readonly category?: string[] | undefined;
  readonly type?: string[] | undefined;
  readonly difficulty?: string | undefined;
  readonly seniority?: string[] | undefined;
  readonly tag?: string[] | undefined;
  readonly competency?: string[] | undefined;
  readonly jurisdiction?: string[] | undefined;
  readonly search?: string | undefined;
}

/** Collects repeated and comma-separated values: `--tag a,b --tag c` gives [a, b, c]. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

const DIFFICULTY_FORMS =
  'a level (advanced), a list (foundational,advanced) or a range (intermediate..advanced, ..intermediate, intermediate..)';

/** `advanced`, `foundational,advanced`, `intermediate..advanced`, `..intermediate`. */
export function parseDifficulty(value: string): Criteria['difficulty'] {
  const malformed = () => usageError(`--difficulty takes ${DIFFICULTY_FORMS}; got "${value}".`);
  if (value.includes('..')) {
    const ends = value.split('..').map((end) => end.trim());
    const [min, max] = ends;
    if (ends.length !== 2 || (!min && !max) || value.includes(',')) throw malformed();
    return {
      ...(min ? { min: min as Difficulty } : {}),
      ...(max ? { max: max as Difficulty } : {}),
    };
  }
  const levels = value.split(',').map((level) => level.trim());
  if (levels.some((level) => level === '')) throw malformed();
  return levels as Difficulty[];
}

/** Turns filter flags into SDK criteria; the SDK checks every value against the bank. */
export function criteriaFromFlags(flags: FilterFlags): Criteria {
  return {
    ...(flags.category ? { categories: flags.category } : {}),
    ...(flags.type ? { types: flags.type as QuestionType[] } : {}),
    ...(flags.difficulty ? { difficulty: parseDifficulty(flags.difficulty) } : {}),
    ...(flags.seniority ? { seniority: flags.seniority as Seniority[] } : {}),
    ...(flags.tag ? { tags: flags.tag } : {}),
    ...(flags.competency ? { competencies: flags.competency } : {}),
    ...(flags.jurisdiction ? { jurisdictions: flags.jurisdiction } : {}),
    ...(flags.search ? { text: flags.search } : {}),
  };
}
