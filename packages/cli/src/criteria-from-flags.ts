import type { Criteria, Difficulty, QuestionType, Seniority } from '@prepdeck/sdk';

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

/** `advanced`, `foundational,advanced`, `intermediate..advanced`, `..intermediate`. */
function parseDifficulty(value: string): Criteria['difficulty'] {
  if (value.includes('..')) {
    const [min, max] = value.split('..').map((end) => end.trim());
    return {
      ...(min ? { min: min as Difficulty } : {}),
      ...(max ? { max: max as Difficulty } : {}),
    };
  }
  return value.split(',').map((level) => level.trim()) as Difficulty[];
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
