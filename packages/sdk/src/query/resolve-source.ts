import { PrepdeckError } from '../prepdeck-error.js';
import type { QuestionLike, QuestionSource } from '../question-like.js';

/** The vocabularies of a bank, as sets, for checking criteria values. */
export interface Vocabulary {
  readonly roles: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  readonly competencies: ReadonlySet<string>;
  readonly tags: ReadonlySet<string>;
  readonly jurisdictions: ReadonlySet<string>;
  /** Ids of questions merged into another, to the id of that question. */
  readonly moved: ReadonlyMap<string, string>;
}

/** A source split into its questions and, for a bank, its vocabularies. */
export interface ResolvedSource<Q extends QuestionLike> {
  readonly questions: readonly Q[];
  readonly vocabulary: Vocabulary | undefined;
}

const vocabularies = new WeakMap<object, Vocabulary>();

/** Splits a bank or an array; vocabularies are built once per bank object. */
export function resolveSource<Q extends QuestionLike>(
  source: QuestionSource<Q>,
): ResolvedSource<Q> {
  if (Array.isArray(source)) return { questions: source, vocabulary: undefined };
  const bank = source as Exclude<QuestionSource<Q>, readonly Q[]> & Record<string, unknown>;
  if (!Array.isArray(bank?.questions)) {
    throw new PrepdeckError('INVALID_ARGUMENT', 'Expected a bank or an array of questions.');
  }
  let vocabulary = vocabularies.get(bank);
  if (vocabulary === undefined) {
    vocabulary = Object.fromEntries(
      ['roles', 'categories', 'competencies', 'tags', 'jurisdictions'].map((key) => [
        key,
        new Set(
          Array.isArray(bank[key])
            ? (bank[key] as { id: string }[]).map((record) => String(record?.id))
            : [],
        ),
      ]),
    ) as unknown as Vocabulary;
    (vocabulary as { moved: unknown }).moved = new Map(Object.entries(Object(bank.moved)));
    vocabularies.set(bank, vocabulary);
  }
  return { questions: bank.questions, vocabulary };
}
