import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffBanks, type RawBank, renderBankDiff } from './bank-diff.js';
import { loadContent } from './load-content.js';

type Item = Record<string, unknown>;

const before = loadContent(join(import.meta.dirname, '..')).rawBank as RawBank;
const copy = (): Record<keyof RawBank, Item[]> => structuredClone(before) as never;
const questionsOf = (bank: RawBank) => bank.questions as Item[];
const [first, second, third] = questionsOf(before) as [Item, Item, Item];

/** The real bank with one question added, one removed, one edited and a tag relabelled. */
function edited(): RawBank {
  const bank = copy();
  const edit = bank.questions.find((q) => q.id === first.id) as Item;
  edit.text = 'A reworded question?';
  edit.tags = [...(first.tags as string[]).slice(1), 'water'];
  (edit.guidance as Item).sampleAnswer = 'A new sample answer.';
  bank.questions = bank.questions.filter((q) => q.id !== second.id);
  bank.questions.push({ ...third, id: 'a-brand-new-question' });
  (bank.tags[0] as Item).label = 'Relabelled';
  return bank;
}

describe('diffBanks', () => {
  it('finds nothing between a bank and its copy', () => {
    const diff = diffBanks(before, copy());
    for (const collection of Object.values(diff)) {
      expect(collection.before).toBe(collection.after);
      expect([collection.added, collection.removed, collection.changed]).toEqual([[], [], []]);
    }
  });

  it('lists added, removed and changed questions by id, with the changed fields', () => {
    const diff = diffBanks(before, edited());
    expect(diff.questions.before).toBe(questionsOf(before).length);
    expect(diff.questions.after).toBe(questionsOf(before).length);
    expect(diff.questions.added.map((q) => q.id)).toEqual(['a-brand-new-question']);
    expect(diff.questions.removed.map((q) => q.id)).toEqual([second.id]);
    expect(diff.questions.changed).toEqual([
      {
        id: first.id,
        fields: ['text', 'tags', 'guidance.sampleAnswer'],
        lists: { tags: { added: ['water'], removed: [(first.tags as string[])[0]] } },
        text: { before: first.text, after: 'A reworded question?' },
      },
    ]);
  });

  it('compares the vocabularies too', () => {
    const diff = diffBanks(before, edited());
    const tag = (before.tags as Item[])[0] as Item;
    expect(diff.tags.changed).toEqual([{ id: tag.id, fields: ['label'], lists: {} }]);
    expect(diff.categories.changed).toEqual([]);
  });

  it('treats a reordered list as a change with nothing added or removed', () => {
    const bank = copy();
    const question = bank.questions[0] as Item;
    question.tags = [...(question.tags as string[])].reverse();
    const [change] = diffBanks(before, bank).questions.changed;
    expect(change?.lists.tags).toEqual({ added: [], removed: [] });
    expect(renderBankDiff(diffBanks(before, bank), 'main')).toContain('tags (order)');
  });
});

describe('renderBankDiff', () => {
  it('says so when nothing changed', () => {
    expect(renderBankDiff(diffBanks(before, copy()), 'main')).toBe(
      '## Question bank changes since main\n\nNo changes to the questions or vocabularies.\n',
    );
  });

  it('renders counts, items and fields as Markdown, and flags removed ids as breaking', () => {
    const markdown = renderBankDiff(diffBanks(before, edited()), 'origin/main');
    const removedTag = (first.tags as string[])[0];
    expect(markdown).toContain('## Question bank changes since origin/main');
    expect(markdown).toContain(
      `Questions: ${questionsOf(before).length} -> ${questionsOf(before).length} (1 added, 1 removed, 1 changed).`,
    );
    expect(markdown).toContain(
      `- \`a-brand-new-question\` (${third.category}, ${third.type}, ${third.difficulty}): ${third.text}`,
    );
    expect(markdown).toContain('Removed (1) - removing an id is a breaking change');
    expect(markdown).toContain(`- \`${second.id}\``);
    expect(markdown).toContain(
      `- \`${first.id}\`: text; tags (+water, -${removedTag}); guidance.sampleAnswer`,
    );
    expect(markdown).toContain(`  - before: ${first.text}\n  - after: A reworded question?`);
    expect(markdown).toContain('### Tags');
    expect(markdown).not.toContain('### Categories');
  });
});
