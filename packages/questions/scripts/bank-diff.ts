/**
 * What changed in the question bank between two versions of content/, item by item
 * rather than line by line: for reviewers of a content pull request (the CI job summary
 * shows it) and for writing the changeset.
 */

/** A bank as loaded from YAML: the four vocabularies and the questions, unvalidated. */
export type RawBank = Readonly<
  Record<'roles' | 'categories' | 'competencies' | 'tags' | 'questions', unknown>
>;

/** How one item (a question, or a vocabulary entry) changed. */
export interface ItemChange {
  readonly id: string;
  /** The changed fields, as dotted paths (`guidance.sampleAnswer`). */
  readonly fields: readonly string[];
  /** For changed lists of ids or terms: what was added and removed, by path. */
  readonly lists: Readonly<
    Record<string, { readonly added: readonly string[]; readonly removed: readonly string[] }>
  >;
  /** The question text before and after, when it changed. */
  readonly text?: { readonly before: string; readonly after: string };
}

/** The changes in one collection of the bank. */
export interface CollectionDiff {
  readonly before: number;
  readonly after: number;
  readonly added: readonly Readonly<Record<string, unknown>>[];
  readonly removed: readonly Readonly<Record<string, unknown>>[];
  readonly changed: readonly ItemChange[];
}

/** The changes between two banks, per collection. */
export type BankDiff = Readonly<Record<keyof RawBank, CollectionDiff>>;

const COLLECTIONS = ['questions', 'roles', 'categories', 'competencies', 'tags'] as const;

type Item = Readonly<Record<string, unknown>>;

const isItem = (value: unknown): value is Item =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function items(collection: unknown): Map<string, Item> {
  const byId = new Map<string, Item>();
  if (!Array.isArray(collection)) return byId;
  for (const item of collection) if (isItem(item)) byId.set(String(item.id), item);
  return byId;
}

const isStringList = (value: unknown): value is readonly string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** The dotted paths of the fields that differ, recursing into plain objects. */
function changedFields(before: Item, after: Item, prefix = ''): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const a = before[key];
    const b = after[key];
    if (isItem(a) && isItem(b)) return changedFields(a, b, `${prefix}${key}.`);
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${prefix}${key}`];
  });
}

function valueAt(item: Item, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split('.')) value = isItem(value) ? value[key] : undefined;
  return value;
}

function compareItem(id: string, before: Item, after: Item): ItemChange | undefined {
  const fields = changedFields(before, after);
  if (fields.length === 0) return undefined;
  const lists: Record<string, { added: string[]; removed: string[] }> = {};
  for (const path of fields) {
    const a = valueAt(before, path);
    const b = valueAt(after, path);
    if (isStringList(a) && isStringList(b)) {
      lists[path] = {
        added: b.filter((entry) => !a.includes(entry)),
        removed: a.filter((entry) => !b.includes(entry)),
      };
    }
  }
  const change: ItemChange = { id, fields, lists };
  if (
    fields.includes('text') &&
    typeof before.text === 'string' &&
    typeof after.text === 'string'
  ) {
    return { ...change, text: { before: before.text, after: after.text } };
  }
  return change;
}

/**
 * Compares two banks by id: items added, removed and changed (with the changed fields)
 * in each collection.
 *
 * @example
 * ```ts
 * const diff = diffBanks(before, after);
 * diff.questions.added.map((q) => q.id); // ['new-question-id']
 * ```
 */
export function diffBanks(before: RawBank, after: RawBank): BankDiff {
  const entries = COLLECTIONS.map((name) => {
    const a = items(before[name]);
    const b = items(after[name]);
    const changed: ItemChange[] = [];
    for (const [id, item] of b) {
      const previous = a.get(id);
      const change = previous === undefined ? undefined : compareItem(id, previous, item);
      if (change !== undefined) changed.push(change);
    }
    const diff: CollectionDiff = {
      before: a.size,
      after: b.size,
      added: [...b].filter(([id]) => !a.has(id)).map(([, item]) => item),
      removed: [...a].filter(([id]) => !b.has(id)).map(([, item]) => item),
      changed,
    };
    return [name, diff] as const;
  });
  return Object.fromEntries(entries) as Record<keyof RawBank, CollectionDiff>;
}

const code = (text: string) => `\`${text}\``;

function describeQuestion(question: Item): string {
  const facts = [question.category, question.type, question.difficulty].filter(
    (fact) => typeof fact === 'string',
  );
  return `${code(String(question.id))} (${facts.join(', ')}): ${String(question.text ?? '')}`;
}

function describeChange(change: ItemChange): string[] {
  const fields = change.fields.map((path) => {
    const list = change.lists[path];
    if (list === undefined) return path;
    const moves = [
      ...list.added.map((entry) => `+${entry}`),
      ...list.removed.map((entry) => `-${entry}`),
    ];
    return moves.length > 0 ? `${path} (${moves.join(', ')})` : `${path} (order)`;
  });
  const lines = [`- ${code(change.id)}: ${fields.join('; ')}`];
  if (change.text !== undefined) {
    lines.push(`  - before: ${change.text.before}`, `  - after: ${change.text.after}`);
  }
  return lines;
}

/**
 * Renders a bank diff as Markdown: counts, then the added, removed and changed items of
 * each collection that changed. Removed question ids are flagged as breaking.
 *
 * @example
 * ```ts
 * console.log(renderBankDiff(diffBanks(before, after), 'main'));
 * ```
 */
export function renderBankDiff(diff: BankDiff, baseName: string): string {
  const lines = [`## Question bank changes since ${baseName}`, ''];
  const changedCollections = COLLECTIONS.filter((name) => {
    const d = diff[name];
    return d.added.length + d.removed.length + d.changed.length > 0;
  });
  if (changedCollections.length === 0) {
    lines.push('No changes to the questions or vocabularies.');
    return `${lines.join('\n')}\n`;
  }
  const q = diff.questions;
  lines.push(
    `Questions: ${q.before} -> ${q.after} (${q.added.length} added, ${q.removed.length} removed, ${q.changed.length} changed).`,
  );
  for (const name of changedCollections) {
    const d = diff[name];
    lines.push('', `### ${name[0]?.toUpperCase()}${name.slice(1)}`);
    if (d.added.length > 0) {
      lines.push('', `Added (${d.added.length}):`, '');
      for (const item of d.added) {
        lines.push(`- ${name === 'questions' ? describeQuestion(item) : code(String(item.id))}`);
      }
    }
    if (d.removed.length > 0) {
      const note =
        name === 'questions' ? ' - removing an id is a breaking change (a major version)' : '';
      lines.push('', `Removed (${d.removed.length})${note}:`, '');
      for (const item of d.removed) lines.push(`- ${code(String(item.id))}`);
    }
    if (d.changed.length > 0) {
      lines.push('', `Changed (${d.changed.length}):`, '');
      for (const change of d.changed) lines.push(...describeChange(change));
    }
  }
  return `${lines.join('\n')}\n`;
}
