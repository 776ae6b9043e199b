import { questions } from '@prepdeck/questions';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../test/plain-question.js';
import { thrown } from '../../test/thrown.js';
import { redFlagText } from '../red-flag-text.js';
import type { FormattableQuestion } from './formattable-question.js';
import { toCsv } from './to-csv.js';

const tricky: FormattableQuestion = {
  id: 'tricky-bill',
  text: 'A customer says "my bill doubled", and <shouts> & swears. What now?',
  roles: ['utility-customer-relations-manager'],
  category: 'billing-and-metering',
  type: 'situational',
  difficulty: 'advanced',
  seniority: ['manager', 'director'],
  competencies: ['empathy', 'analysis'],
  tags: ['high-bill'],
  estimatedMinutes: 5,
  guidance: {
    intent: 'Calm first,\nthen facts.',
    keyPoints: ['Listen; then check reads', 'Explain "estimated"', 'Tab\there'],
    redFlags: ['Blames the customer', 'Café & crème'],
    sampleAnswer: 'Línea uno.\r\nLine two.',
    followUps: ['Why?', 'Who?'],
    keyTerms: [],
  },
};

const plain = plainQuestion;

const BASE = [
  'id',
  'text',
  'category',
  'type',
  'difficulty',
  'seniority',
  'competencies',
  'tags',
  'estimatedMinutes',
];
const GUIDANCE = ['intent', 'keyPoints', 'redFlags', 'sampleAnswer', 'followUps', 'keyTerms'];

/** The cells a question should have, computed independently of the formatter. */
function expectedRow(q: FormattableQuestion, guidance: boolean): string[] {
  const base = [
    q.id,
    q.text,
    q.category,
    q.type,
    q.difficulty,
    q.seniority.join('; '),
    q.competencies.join('; '),
    q.tags.join('; '),
    q.estimatedMinutes === undefined ? '' : String(q.estimatedMinutes),
  ];
  if (!guidance) return base;
  const g = q.guidance;
  if (g === undefined) return [...base, '', '', '', '', '', ''];
  return [
    ...base,
    g.intent,
    g.keyPoints.join('\n'),
    g.redFlags.map(redFlagText).join('\n'),
    g.sampleAnswer,
    g.followUps.join('\n'),
    g.keyTerms.join('\n'),
  ];
}

describe('toCsv', () => {
  it('writes the exact RFC 4180 text for a small fixture', () => {
    expect(toCsv([tricky, plain])).toBe(
      'id,text,category,type,difficulty,seniority,competencies,tags,estimatedMinutes\r\n' +
        'tricky-bill,"A customer says ""my bill doubled"", and <shouts> & swears. What now?",' +
        'billing-and-metering,situational,advanced,manager; director,empathy; analysis,high-bill,5\r\n' +
        'why-utilities,Why do you want to work for a utility?,role-and-industry,general,' +
        'foundational,manager,,,\r\n',
    );
  });

  it('adds the guidance columns, lists one item per line, empty for no guidance', () => {
    expect(toCsv([tricky, plain], { guidance: true })).toBe(
      'id,text,category,type,difficulty,seniority,competencies,tags,estimatedMinutes,' +
        'intent,keyPoints,redFlags,sampleAnswer,followUps,keyTerms\r\n' +
        'tricky-bill,"A customer says ""my bill doubled"", and <shouts> & swears. What now?",' +
        'billing-and-metering,situational,advanced,manager; director,empathy; analysis,high-bill,5,' +
        '"Calm first,\nthen facts.","Listen; then check reads\nExplain ""estimated""\nTab\there",' +
        '"Blames the customer\nCafé & crème","Línea uno.\r\nLine two.","Why?\nWho?",\r\n' +
        'why-utilities,Why do you want to work for a utility?,role-and-industry,general,' +
        'foundational,manager,,,,,,,,,\r\n',
    );
  });

  it('writes only the header for no questions', () => {
    expect(toCsv([])).toBe(`${BASE.join(',')}\r\n`);
    expect(toCsv([], { guidance: true })).toBe(`${[...BASE, ...GUIDANCE].join(',')}\r\n`);
  });

  it('separates with ";" or a tab and quotes fields holding the delimiter or a comma', () => {
    const semicolon = toCsv([tricky], { delimiter: ';' }).split('\r\n')[1];
    expect(semicolon).toBe(
      'tricky-bill;"A customer says ""my bill doubled"", and <shouts> & swears. What now?";' +
        'billing-and-metering;situational;advanced;"manager; director";"empathy; analysis";' +
        'high-bill;5',
    );
    const tab = toCsv([{ ...plain, text: 'Tab\there, comma' }], { delimiter: '\t' });
    expect(tab.split('\r\n')[1]).toBe(
      'why-utilities\t"Tab\there, comma"\trole-and-industry\tgeneral\tfoundational\tmanager\t\t\t',
    );
  });

  it('ends every line with CRLF', () => {
    const csv = toCsv(questions);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(questions.length + 2);
  });

  describe('round-trips through csv-parse', () => {
    const cases = [
      { name: 'the fixture', items: [tricky, plain] },
      { name: 'the real bank', items: questions },
    ];
    for (const { name, items } of cases) {
      for (const guidance of [false, true]) {
        for (const delimiter of [',', ';', '\t'] as const) {
          it(`${name}, guidance ${guidance}, delimiter ${JSON.stringify(delimiter)}`, () => {
            const records = parse(toCsv(items, { guidance, delimiter }), { delimiter });
            expect(records[0]).toEqual(guidance ? [...BASE, ...GUIDANCE] : BASE);
            expect(records.slice(1)).toEqual(items.map((q) => expectedRow(q, guidance)));
          });
        }
      }
    }
  });

  it('checks the real bank has the characters that need quoting', () => {
    const csv = toCsv(questions, { guidance: true });
    expect(csv).toContain('""');
    expect(csv).toMatch(/"[^"\r\n]*\n/);
  });

  it('leaves its input untouched', () => {
    const before = JSON.stringify(tricky);
    toCsv([tricky], { guidance: true });
    expect(JSON.stringify(tricky)).toBe(before);
  });

  it('throws INVALID_ARGUMENT for bad input, naming what is valid', () => {
    const notArray = thrown(() => toCsv('questions' as never));
    expect(notArray.code).toBe('INVALID_ARGUMENT');
    expect(notArray.message).toBe('toCsv: expected an array of questions, got "questions".');
    expect(thrown(() => toCsv([null] as never)).message).toBe(
      'toCsv: expected an array of questions, but item 0 is null.',
    );
    const delimiter = thrown(() => toCsv([plain], { delimiter: '|' as never }));
    expect(delimiter.code).toBe('INVALID_ARGUMENT');
    expect(delimiter.message).toBe(`toCsv: option "delimiter" must be ',', ';' or '\\t', got "|".`);
    expect(thrown(() => toCsv([plain], { guidance: 'yes' as never })).message).toBe(
      'toCsv: option "guidance" must be true or false, got "yes".',
    );
    expect(thrown(() => toCsv([plain], { guidence: true } as never)).message).toBe(
      'toCsv: unknown option "guidence". Did you mean "guidance"? Valid options: guidance, delimiter.',
    );
    expect(thrown(() => toCsv([plain], 'tab' as never)).message).toBe(
      'toCsv: options must be an object, got "tab".',
    );
  });
});
