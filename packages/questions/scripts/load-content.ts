import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** A YAML source file and what it parsed to. */
export interface ContentFile {
  /** Path relative to the package root, with forward slashes. */
  readonly path: string;
  /** The folder the file sits in, relative to `content/` (empty for top-level files). */
  readonly folder: string;
  /** The file name without `.yaml`. */
  readonly name: string;
  /** The raw text. */
  readonly text: string;
  /** The parsed YAML. */
  readonly data: unknown;
}

/** Everything under `content/`, and the unvalidated bank assembled from it. */
export interface LoadedContent {
  readonly vocabularyFiles: Readonly<Record<VocabularyName, ContentFile>>;
  /** Question files in bank order: category order, then file name. */
  readonly questionFiles: readonly ContentFile[];
  readonly rawBank: Record<
    Exclude<VocabularyName, 'terms-without-synonyms'> | 'questions',
    unknown
  >;
}

export type VocabularyName =
  | 'roles'
  | 'categories'
  | 'competencies'
  | 'tags'
  | 'jurisdictions'
  | 'concepts'
  | 'moved'
  | 'terms-without-synonyms';
const VOCABULARIES: readonly VocabularyName[] = [
  'roles',
  'categories',
  'competencies',
  'tags',
  'jurisdictions',
  'concepts',
  'moved',
  'terms-without-synonyms',
];

/** Thrown when a YAML file cannot be read or parsed; names the file and line. */
export class ContentLoadError extends Error {
  override name = 'ContentLoadError';
}

function readYaml(packageDir: string, file: string, folder: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const path = relative(packageDir, file).split('\\').join('/');
  let data: unknown;
  try {
    data = parse(text, { prettyErrors: true, uniqueKeys: true, strict: true });
  } catch (error) {
    throw new ContentLoadError(`${path}: ${(error as Error).message}`);
  }
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
  return { path, folder, name, text, data };
}

function categoryOrder(categories: unknown): string[] {
  if (!Array.isArray(categories)) return [];
  return categories.map((category) =>
    category !== null && typeof category === 'object' && 'id' in category
      ? String(category.id)
      : '',
  );
}

/**
 * Reads `content/` of the package: the vocabulary files (roles, categories, competencies,
 * tags, jurisdictions, the concept lexicon, the moved ids, and the key terms that have no
 * synonym in the lexicon, which only the lint reads) and one YAML file per
 * question in a folder per category.
 */
export function loadContent(packageDir: string): LoadedContent {
  const contentDir = join(packageDir, 'content');
  const vocabularyFiles = Object.fromEntries(
    VOCABULARIES.map((name) => [name, readYaml(packageDir, join(contentDir, `${name}.yaml`), '')]),
  ) as Record<VocabularyName, ContentFile>;

  const order = categoryOrder(vocabularyFiles.categories.data);
  const rank = (folder: string) => {
    const index = order.indexOf(folder);
    return index === -1 ? order.length : index;
  };
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

  const questionFiles: ContentFile[] = [];
  for (const folder of folders) {
    const names = readdirSync(join(contentDir, folder))
      .filter((name) => name.endsWith('.yaml'))
      .sort();
    for (const name of names) {
      questionFiles.push(readYaml(packageDir, join(contentDir, folder, name), folder));
    }
  }

  return {
    vocabularyFiles,
    questionFiles,
    rawBank: {
      roles: vocabularyFiles.roles.data,
      categories: vocabularyFiles.categories.data,
      competencies: vocabularyFiles.competencies.data,
      tags: vocabularyFiles.tags.data,
      questions: questionFiles.map((file) => file.data),
      jurisdictions: vocabularyFiles.jurisdictions.data,
      concepts: vocabularyFiles.concepts.data,
      moved: vocabularyFiles.moved.data,
    },
  };
}
