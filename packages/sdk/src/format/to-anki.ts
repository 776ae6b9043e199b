import { redFlagText } from '../red-flag-text.js';
import type { FormattableQuestion } from './formattable-question.js';
import { checkQuestions, fail, readGuidance, readOptions, show } from './read-input.js';

/**
 * Options of {@link toAnki}.
 *
 * @example
 * ```ts
 * import type { ToAnkiOptions } from '@prepdeck/sdk/format';
 *
 * const options: ToAnkiOptions = { guidance: true, deck: 'Interviews::Utilities' };
 * ```
 */
export interface ToAnkiOptions {
  /** Puts the guidance on the back of each card that has it. Default `false`. */
  readonly guidance?: boolean | undefined;
  /**
   * The note type to preset, by name or id (Anki reads a name of digits only as an id).
   * Anki fills its fields by column name, so it needs fields named `Front` and `Back`, as
   * `Basic` and its variants have. Default `'Basic'`.
   */
  readonly notetype?: string | undefined;
  /**
   * The deck to preset, by name or id (`::` nests decks). Anki presets it only if it
   * already exists, and otherwise imports into the deck chosen in its import dialog.
   * Default `'prepdeck'`.
   */
  readonly deck?: string | undefined;
}

const OPTIONS = ['guidance', 'notetype', 'deck'];
const COLUMNS = ['GUID', 'Front', 'Back', 'Tags'];

function readName(
  options: Readonly<Record<string, unknown>>,
  key: 'notetype' | 'deck',
  fallback: string,
): string {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.trim() === '' || /[\r\n]/.test(value)) {
    fail('toAnki', `option "${key}" must be a non-empty name on one line, got ${show(value)}.`);
  }
  return value;
}

/** HTML-escapes text and turns line breaks into `<br>` and tabs into `&#9;`. */
function html(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\r\n?|\n/g, '<br>')
    .replaceAll('\t', '&#9;');
}

function htmlList(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`;
}

function back(question: FormattableQuestion, guidance: boolean): string {
  const g = question.guidance;
  if (!guidance || g === undefined) {
    return [
      `Category: ${html(question.category)}`,
      `Type: ${html(question.type)}`,
      `Difficulty: ${html(question.difficulty)}`,
    ].join('<br>');
  }
  const parts = [`<p><b>What the interviewer is assessing</b><br>${html(g.intent)}</p>`];
  if (g.keyPoints.length > 0) parts.push(`<p><b>Key points</b></p>${htmlList(g.keyPoints)}`);
  const r = g.rubric;
  if (r !== undefined) {
    const rows = (['poor', 'mixed', 'good', 'excellent'] as const).map(
      (level) => `<li><b>${level[0]?.toUpperCase()}${level.slice(1)}:</b> ${html(r[level])}</li>`,
    );
    parts.push(`<p><b>Rubric</b></p><ul>${rows.join('')}</ul>`);
  }
  if (g.weakAnswer !== undefined) {
    parts.push(`<p><b>Weak answer</b><br>${html(g.weakAnswer)}</p>`);
  }
  parts.push(`<p><b>Sample answer</b><br>${html(g.sampleAnswer)}</p>`);
  if (g.redFlags.length > 0) {
    parts.push(`<p><b>Red flags</b></p>${htmlList(g.redFlags.map(redFlagText))}`);
  }
  if (g.followUps.length > 0) parts.push(`<p><b>Follow-ups</b></p>${htmlList(g.followUps)}`);
  return parts.join('');
}

/** The GUID field: the id as it is, which must survive Anki's CSV reader unquoted. */
function guid(id: string): string {
  if (id === '' || /[\t\r\n"]/.test(id) || id.startsWith('#')) {
    fail(
      'toAnki',
      `question id ${show(id)} cannot be an Anki GUID: it must be non-empty, must not start ` +
        'with "#" and must not contain a tab, a line break or a double quote.',
    );
  }
  return id;
}

/** An Anki tag: whitespace separates tags, so runs of it become `_`. */
function tag(name: string): string {
  if (name.includes('"')) {
    fail('toAnki', `tag ${show(name)} cannot be an Anki tag: it must not contain a double quote.`);
  }
  return name.trim().replace(/\s+/g, '_');
}

function tags(question: FormattableQuestion): string {
  return [
    ...question.tags,
    `category::${question.category}`,
    `type::${question.type}`,
    `difficulty::${question.difficulty}`,
  ]
    .map(tag)
    .filter((name) => name !== '')
    .join(' ');
}

/**
 * Writes questions as an Anki text file (tab-separated, for File > Import in Anki 2.1.55
 * and later). File headers set the separator, HTML, note type and deck, name the columns
 * `GUID`, `Front`, `Back` and `Tags`, and mark the GUID and tags columns. The GUID is the
 * question id, so importing a newer export updates the notes already imported in place,
 * keeping their scheduling (with Anki's default "update" handling of duplicates).
 *
 * Front is the question text. Back is, with `guidance: true` and for a question that has
 * guidance, what the interviewer is assessing, the key points as a list, the sample
 * answer, the red flags and the follow-ups; otherwise the category, type and difficulty.
 * Tags are the question's tags plus `category::<id>`, `type::<type>` and
 * `difficulty::<level>` (Anki nests tags at `::`). Front and Back are HTML: `&`, `<`,
 * `>` and `"` are escaped, line breaks become `<br>` and tabs `&#9;`, so no field needs
 * quoting.
 *
 * @param questions - The questions to write, in the order given.
 * @param options - `guidance` for guidance on the back; `notetype` and `deck` to preset
 *   the note type (default `'Basic'`) and deck (default `'prepdeck'`).
 * @returns The file text: header lines starting with `#`, then one line per question,
 *   each ending in LF.
 * @throws `PrepdeckError` `INVALID_ARGUMENT` when `questions` is not an array of
 *   objects, for an unknown option or option value, for a question id that is empty,
 *   starts with `#` or holds a tab, line break or double quote, and for a tag that holds
 *   a double quote.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 * import { toAnki } from '@prepdeck/sdk/format';
 *
 * toAnki(questions.slice(0, 1));
 * // '#separator:tab\n#html:true\n#notetype:Basic\n#deck:prepdeck\n' +
 * // '#columns:GUID\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n' +
 * // 'consumer-advocates-role-in-regulation\tWho are the consumer advocates ...?\t' +
 * // 'Category: role-and-industry<br>Type: technical<br>Difficulty: intermediate\t' +
 * // 'consumer-advocates rate-cases commission-oversight category::role-and-industry ' +
 * // 'type::technical difficulty::intermediate\n'
 *
 * toAnki(questions, { guidance: true, deck: 'Interviews::Utilities' });
 * ```
 */
export function toAnki(
  questions: readonly FormattableQuestion[],
  options?: ToAnkiOptions | undefined,
): string {
  checkQuestions('toAnki', questions);
  const read = readOptions('toAnki', options, OPTIONS);
  const guidance = readGuidance('toAnki', read);
  const notetype = readName(read, 'notetype', 'Basic');
  const deck = readName(read, 'deck', 'prepdeck');
  const lines = [
    '#separator:tab',
    '#html:true',
    `#notetype:${notetype}`,
    `#deck:${deck}`,
    `#columns:${COLUMNS.join('\t')}`,
    `#guid column:${COLUMNS.indexOf('GUID') + 1}`,
    `#tags column:${COLUMNS.indexOf('Tags') + 1}`,
    ...questions.map((question) =>
      [guid(question.id), html(question.text), back(question, guidance), tags(question)].join('\t'),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
