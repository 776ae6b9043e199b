/**
 * The canonical layout of the YAML sources in content/, so that every file reads the same
 * and a diff shows only what changed in the content:
 *
 * - keys in the order of the schema (`id` first, `related` last; `guidance` in its own
 *   order), unknown keys after them;
 * - nested maps (`guidance`, its `rubric` and red flags, `sources`, `exercise`) in their
 *   schema's order too;
 * - lists of ids and terms (`roles`, `seniority`, `competencies`, `tags`,
 *   `guidance.keyTerms`, red-flag `cues`, `related`, `jurisdictions`, a concept's
 *   `terms`) on one line in flow style; the other lists in block style, one item per line;
 * - `guidance.intent`, `guidance.sampleAnswer`, `guidance.weakAnswer`, the rubric levels,
 *   an exercise's `brief` and a role's `description` as folded blocks (`>-`) wrapped to
 *   lines of at most 90 characters; an exercise's `materials` (Markdown) as a literal
 *   block (`|-`); every other string on one line, unquoted when YAML allows;
 * - comments (the `yaml-language-server` line) kept; two-space indent; one final newline.
 *
 * `pnpm format` rewrites the sources in this layout; a test fails when one is not.
 */
import {
  CategorySchema,
  CitationSchema,
  CompetencySchema,
  ConceptSchema,
  ExerciseSchema,
  GuidanceSchema,
  JurisdictionSchema,
  QuestionSchema,
  RoleSchema,
  RubricSchema,
  TagSchema,
} from '@prepdeck/schema';
import {
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  type Scalar,
  type ScalarTag,
  type Tags,
} from 'yaml';
import { stringifyString } from 'yaml/util';
import type { VocabularyName } from './load-content.js';

/** The longest line a folded block may have, counting its indent. */
export const FOLDED_LINE_WIDTH = 90;

/** Which kind of content file a text is: one question, or a vocabulary list. */
export type ContentFileKind = 'question' | VocabularyName;

const FLOW_LISTS = new Set([
  'roles',
  'seniority',
  'competencies',
  'tags',
  'keyTerms',
  'cues',
  'related',
  'jurisdictions',
  'terms',
]);
const QUESTION_FOLDED = ['intent', 'sampleAnswer', 'weakAnswer', 'brief'];
const FOLDED_STRINGS: Record<ContentFileKind, ReadonlySet<string>> = {
  question: new Set([...QUESTION_FOLDED, ...Object.keys(RubricSchema.unwrap().shape)]),
  roles: new Set(['description']),
  categories: new Set(),
  competencies: new Set(),
  tags: new Set(),
  jurisdictions: new Set(),
  concepts: new Set(),
  moved: new Set(),
  'terms-without-synonyms': new Set(),
};
const LITERAL_STRINGS = new Set(['materials']);

const keysOf = (schema: { unwrap(): { shape: object } }) => Object.keys(schema.unwrap().shape);
const KEY_ORDER: Record<ContentFileKind, readonly string[]> = {
  question: keysOf(QuestionSchema),
  roles: keysOf(RoleSchema),
  categories: keysOf(CategorySchema),
  competencies: keysOf(CompetencySchema),
  tags: keysOf(TagSchema),
  jurisdictions: keysOf(JurisdictionSchema),
  concepts: keysOf(ConceptSchema),
  moved: [],
  'terms-without-synonyms': [],
};
/** The key order of the maps nested in a question, by the key that holds them. */
const NESTED_KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  guidance: keysOf(GuidanceSchema),
  rubric: keysOf(RubricSchema),
  exercise: keysOf(ExerciseSchema),
  redFlags: ['text', 'cues'],
  sources: keysOf(CitationSchema),
};

// yaml's line width applies to every scalar and flow list; the canonical layout folds only
// the `>-` blocks. The string tag is replaced by one that gives those blocks a width and
// everything else none (no folding, flow lists on one line).
const YAML_STRING_TAG = 'tag:yaml.org,2002:str';
const customTags = (tags: Tags): Tags =>
  tags.map((tag) =>
    typeof tag === 'object' && tag.tag === YAML_STRING_TAG
      ? {
          ...(tag as ScalarTag),
          stringify: (item, ctx, onComment, onChompKeep) =>
            stringifyString(
              item as Scalar,
              {
                ...ctx,
                actualString: true,
                options: {
                  ...ctx.options,
                  lineWidth: (item as Scalar).type === 'BLOCK_FOLDED' ? FOLDED_LINE_WIDTH : 0,
                },
              },
              onComment,
              onChompKeep,
            ),
        }
      : tag,
  );

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** Sorts a map's keys by `order` (stable for unknown keys) and styles its values. */
function styleMap(node: Node, order: readonly string[], folded: ReadonlySet<string>): void {
  if (!isMap(node)) return;
  const keyOf = (pair: (typeof node.items)[number]) =>
    isScalar(pair.key) ? String(pair.key.value) : '';
  // A comment above the first key (the schema line) stays at the top of the map.
  const firstKey = () => node.items[0]?.key;
  const leading = firstKey();
  const comment = isScalar(leading) ? leading.commentBefore : undefined;
  if (isScalar(leading)) delete leading.commentBefore;
  node.items.sort((a, b) => rank(order, keyOf(a)) - rank(order, keyOf(b)));
  const first = firstKey();
  if (comment !== undefined && comment !== null && isScalar(first)) first.commentBefore = comment;
  for (const pair of node.items) styleValue(pair.value as Node | null, keyOf(pair), folded);
}

function styleValue(node: Node | null, key: string, folded: ReadonlySet<string>): void {
  if (node === null) return;
  if (isMap(node)) {
    styleMap(node, NESTED_KEY_ORDER[key] ?? [], folded);
  } else if (isSeq(node)) {
    node.flow = FLOW_LISTS.has(key);
    // Items of a list of maps (red flags, sources) are ordered as the list's key says.
    for (const item of node.items) {
      const inner = item as Node | null;
      if (isMap(inner)) styleMap(inner, NESTED_KEY_ORDER[key] ?? [], folded);
      else styleValue(inner, '', folded);
    }
  } else if (isScalar(node) && typeof node.value === 'string') {
    node.type = LITERAL_STRINGS.has(key)
      ? 'BLOCK_LITERAL'
      : folded.has(key)
        ? 'BLOCK_FOLDED'
        : 'PLAIN';
  }
}

/**
 * Returns `text`, a content file of the given kind, in the canonical layout. The data
 * is unchanged: only key order, list and string styles, line breaks and quoting move.
 * Throws on YAML that does not parse.
 *
 * @example
 * ```ts
 * formatContentYaml('tags:\n  - b\n  - a\nid: x\n', 'question'); // 'id: x\ntags: [b, a]\n'
 * ```
 */
export function formatContentYaml(text: string, kind: ContentFileKind): string {
  const document = parseDocument(text, { customTags, uniqueKeys: true, strict: true });
  if (document.errors.length > 0) throw document.errors[0];
  const root = document.contents as Node | null;
  if (root !== null) {
    const folded = FOLDED_STRINGS[kind];
    if (kind === 'question') styleMap(root, KEY_ORDER.question, folded);
    else if (kind === 'moved') styleMap(root, [], folded);
    else if (isSeq(root)) {
      for (const item of root.items) styleMap(item as Node, KEY_ORDER[kind], folded);
    }
  }
  return document.toString({ lineWidth: 0, indent: 2, flowCollectionPadding: false });
}
