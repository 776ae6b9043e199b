import type {
  Category,
  Competency,
  Concept,
  Jurisdiction,
  Question,
  Role,
  Tag,
} from '@prepdeck/schema';

/** A question together with the file it was read from. */
export interface QuestionSource {
  /** Path relative to the package root, such as `content/key-accounts/x.yaml`. */
  readonly path: string;
  /** The folder under `content/`, which must equal the category. */
  readonly folder: string;
  /** The file name without `.yaml`, which must equal the id. */
  readonly name: string;
  /** The raw file text. */
  readonly text: string;
  /** The question, already checked against `QuestionSchema`. */
  readonly question: Question;
}

/** What every rule sees: all question files and the bank's vocabularies. */
export interface LintContext {
  readonly questions: readonly QuestionSource[];
  readonly roles: readonly Role[];
  readonly categories: readonly Category[];
  readonly competencies: readonly Competency[];
  readonly tags: readonly Tag[];
  readonly jurisdictions: readonly Jurisdiction[];
  readonly concepts: readonly Concept[];
  readonly moved: Readonly<Record<string, string>>;
  /** Key terms of the bank that have no synonym worth a concept. */
  readonly termsWithoutSynonyms: readonly string[];
}

/** One problem a rule found: the file, the field and the reason. */
export interface LintProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

/** A named content rule. `check` returns every problem it finds (none when clean). */
export interface LintRule {
  readonly name: string;
  readonly description: string;
  check(context: LintContext): LintProblem[];
}
