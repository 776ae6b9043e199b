import { questions } from '@prepdeck/questions';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../test/plain-question.js';
import { thrown } from '../../test/thrown.js';
import type { FormattableQuestion } from './formattable-question.js';
import { toAnki } from './to-anki.js';

const tricky: FormattableQuestion = {
  id: 'tricky-bill',
  text: 'A customer says "my bill doubled",\nand <shouts> & swears.\tWhat now?',
  roles: ['utility-customer-relations-manager'],
  category: 'billing-and-metering',
  type: 'situational',
  difficulty: 'advanced',
  seniority: ['manager', 'director'],
  competencies: ['empathy'],
  tags: ['high-bill', 'late fee'],
  estimatedMinutes: 5,
  guidance: {
    intent: 'Calm first, then facts.',
    keyPoints: ['Listen', 'Check <reads>', 'Explain "estimated"'],
    redFlags: ['Blames the customer', 'Café & crème'],
    sampleAnswer: 'Línea uno.\r\nLine two.',
    followUps: ['Why?', 'Who?'],
    keyTerms: ['kWh'],
  },
};

const plain = plainQuestion;

const HEADERS = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#deck:prepdeck',
  '#columns:GUID\tFront\tBack\tTags',
  '#guid column:1',
  '#tags column:4',
];

/** Splits an Anki text file into its header lines and its rows of fields. */
function read(text: string): { headers: string[]; rows: string[][] } {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const headers = lines.filter((line) => line.startsWith('#'));
  expect(lines.slice(0, headers.length)).toEqual(headers);
  return { headers, rows: lines.slice(headers.length).map((line) => line.split('\t')) };
}

/** Undoes the HTML escaping of a field (line breaks stay `<br>`). */
function unescapeHtml(field: string): string {
  return field
    .replaceAll('&#9;', '\t')
    .replaceAll('&quot;', '"')
    .replaceAll('&gt;', '>')
    .replaceAll('&lt;', '<')
    .replaceAll('&amp;', '&');
}

describe('toAnki', () => {
  it('writes the exact file for a small fixture', () => {
    expect(toAnki([tricky, plain])).toBe(
      [
        ...HEADERS,
        'tricky-bill\t' +
          'A customer says &quot;my bill doubled&quot;,<br>and &lt;shouts&gt; &amp; swears.&#9;What now?\t' +
          'Category: billing-and-metering<br>Type: situational<br>Difficulty: advanced\t' +
          'high-bill late_fee category::billing-and-metering type::situational difficulty::advanced',
        'why-utilities\tWhy do you want to work for a utility?\t' +
          'Category: role-and-industry<br>Type: general<br>Difficulty: foundational\t' +
          'category::role-and-industry type::general difficulty::foundational',
        '',
      ].join('\n'),
    );
  });

  it('puts the guidance on the back as HTML when asked and present', () => {
    const { rows } = read(toAnki([tricky, plain], { guidance: true }));
    expect(rows[0]?.[2]).toBe(
      '<p><b>What the interviewer is assessing</b><br>Calm first, then facts.</p>' +
        '<p><b>Key points</b></p><ul><li>Listen</li><li>Check &lt;reads&gt;</li>' +
        '<li>Explain &quot;estimated&quot;</li></ul>' +
        '<p><b>Sample answer</b><br>Línea uno.<br>Line two.</p>' +
        '<p><b>Red flags</b></p><ul><li>Blames the customer</li><li>Café &amp; crème</li></ul>' +
        '<p><b>Follow-ups</b></p><ul><li>Why?</li><li>Who?</li></ul>',
    );
    expect(rows[1]?.[2]).toBe(
      'Category: role-and-industry<br>Type: general<br>Difficulty: foundational',
    );
  });

  it('presets the note type and deck from the options', () => {
    const { headers } = read(
      toAnki([plain], { notetype: 'Basic (and reversed card)', deck: 'Jobs::Utility' }),
    );
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic (and reversed card)',
      '#deck:Jobs::Utility',
      '#columns:GUID\tFront\tBack\tTags',
      '#guid column:1',
      '#tags column:4',
    ]);
  });

  for (const guidance of [false, true]) {
    it(`writes every question of the real bank as one clean row (guidance ${guidance})`, () => {
      const text = toAnki(questions, { guidance });
      const { headers, rows } = read(text);
      expect(headers).toEqual(HEADERS);
      expect(rows).toHaveLength(questions.length);
      rows.forEach((row, i) => {
        const q = questions[i];
        if (q === undefined) throw new Error('row without question');
        expect(row).toHaveLength(4);
        const [guid, front, back, tags] = row as [string, string, string, string];
        expect(guid).toBe(q.id);
        expect(unescapeHtml(front)).toBe(q.text);
        for (const field of row) expect(field).not.toMatch(/[\t\r\n"]/);
        expect(front.replace(/&(amp|lt|gt|quot|#9);/g, '')).not.toMatch(/[<>&"]/);
        expect(tags.split(' ')).toEqual([
          ...q.tags,
          `category::${q.category}`,
          `type::${q.type}`,
          `difficulty::${q.difficulty}`,
        ]);
        if (guidance) {
          expect(back.startsWith('<p><b>What the interviewer is assessing</b><br>')).toBe(true);
          const text = unescapeHtml(back);
          for (const part of [
            q.guidance.intent,
            q.guidance.sampleAnswer,
            ...q.guidance.keyPoints.map((point) => `<li>${point}</li>`),
            ...q.guidance.redFlags.map((flag) => `<li>${flag.text}</li>`),
            ...(q.guidance.weakAnswer === undefined ? [] : [q.guidance.weakAnswer]),
            ...Object.values(q.guidance.rubric ?? {}),
            ...q.guidance.followUps.map((followUp) => `<li>${followUp}</li>`),
          ]) {
            expect(text).toContain(part);
          }
        } else {
          expect(back).toBe(
            `Category: ${q.category}<br>Type: ${q.type}<br>Difficulty: ${q.difficulty}`,
          );
        }
      });
      expect(new Set(rows.map((row) => row[0])).size).toBe(questions.length);
    });
  }

  it('reads back the same through a CSV reader set up as Anki sets up its own', () => {
    for (const items of [questions, [tricky, plain]]) {
      const text = toAnki(items, { guidance: true });
      const records: string[][] = parse(text, {
        delimiter: '\t',
        comment: '#',
        comment_no_infix: true,
        relax_column_count: false,
      });
      expect(records).toEqual(read(text).rows);
    }
  });

  it('throws INVALID_ARGUMENT for bad input, naming what is valid', () => {
    const notArray = thrown(() => toAnki(42 as never));
    expect(notArray.code).toBe('INVALID_ARGUMENT');
    expect(notArray.message).toBe('toAnki: expected an array of questions, got 42.');
    expect(thrown(() => toAnki([plain], { deck: '' })).message).toBe(
      'toAnki: option "deck" must be a non-empty name on one line, got "".',
    );
    expect(thrown(() => toAnki([plain], { notetype: 'Basic\n#deck:x' })).message).toBe(
      'toAnki: option "notetype" must be a non-empty name on one line, got "Basic\\n#deck:x".',
    );
    expect(thrown(() => toAnki([plain], { desk: 'x' } as never)).message).toBe(
      'toAnki: unknown option "desk". Did you mean "deck"? Valid options: guidance, notetype, deck.',
    );
    expect(thrown(() => toAnki([{ ...plain, id: '#hidden' }])).message).toBe(
      'toAnki: question id "#hidden" cannot be an Anki GUID: it must be non-empty, must not ' +
        'start with "#" and must not contain a tab, a line break or a double quote.',
    );
    expect(thrown(() => toAnki([{ ...plain, id: 'a\tb' }])).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => toAnki([{ ...plain, tags: ['"quoted"'] }])).message).toBe(
      'toAnki: tag "\\"quoted\\"" cannot be an Anki tag: it must not contain a double quote.',
    );
  });
});
