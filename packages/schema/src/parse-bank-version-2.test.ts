import { describe, expect, it } from 'vitest';
import { sampleBank, sampleQuestion } from '../test/sample-bank.js';
import { parseBank } from './parse-bank.js';
import { safeParseBank } from './safe-parse-bank.js';

function issuesOf(input: unknown) {
  const result = safeParseBank(input);
  if (result.success) throw new Error('expected the bank to be invalid');
  return result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const jurisdictions = [
  { id: 'us', name: 'United States' },
  { id: 'us-ny', name: 'New York', parent: 'us' },
  { id: 'gb', name: 'Great Britain' },
  { id: 'gb-scotland', name: 'Scotland', parent: 'gb' },
];

const exercise = {
  format: 'in-tray',
  prepMinutes: 20,
  brief: 'Prioritise the items in your in-tray and say what you would do with each.',
  materials: '1. Email from the regulator...\n2. A press query...',
};

function bankWith(question: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const bank = sampleBank();
  return { ...bank, jurisdictions, ...extra, questions: [...bank.questions, question] };
}

describe('red flags', () => {
  it('reads a plain string as a flag without cues', () => {
    const q = sampleQuestion('legacy-flags', {
      guidance: {
        ...sampleQuestion('x').guidance,
        redFlags: [
          'Blames the customer.',
          { text: 'Defends the bill.', cues: ['our meters are fine'] },
        ],
      },
    });
    const bank = parseBank(bankWith(q));
    expect(bank.questions[3]?.guidance.redFlags).toEqual([
      { text: 'Blames the customer.', cues: [] },
      { text: 'Defends the bill.', cues: ['our meters are fine'] },
    ]);
    expect(Object.isFrozen(bank.questions[3]?.guidance.redFlags[0])).toBe(true);
  });

  it('defaults missing cues to an empty list and rejects unknown keys', () => {
    const guidance = {
      ...sampleQuestion('x').guidance,
      redFlags: [{ text: 'A.' }, { text: 'B.', cue: 'b' }],
    };
    const issues = issuesOf(bankWith(sampleQuestion('flags', { guidance })));
    expect(issues.some((issue) => issue.startsWith('questions[3].guidance.redFlags[1]'))).toBe(
      true,
    );
    expect(issues.some((issue) => issue.startsWith('questions[3].guidance.redFlags[0]'))).toBe(
      false,
    );
  });
});

describe('rubric and weak answer', () => {
  it('accepts all four levels and a weak answer', () => {
    const guidance = {
      ...sampleQuestion('x').guidance,
      rubric: {
        poor: 'Defends the bill.',
        mixed: 'Checks reads only.',
        good: 'Investigates.',
        excellent: 'Fixes the cause.',
      },
      weakAnswer: 'I would tell them the meter is right.',
    };
    const bank = parseBank(bankWith(sampleQuestion('with-rubric', { guidance })));
    expect(bank.questions[3]?.guidance.rubric?.mixed).toBe('Checks reads only.');
    expect(bank.questions[3]?.guidance.weakAnswer).toBe('I would tell them the meter is right.');
  });

  it('names a missing or unknown level', () => {
    const guidance = {
      ...sampleQuestion('x').guidance,
      rubric: { poor: 'a', mixed: 'b', good: 'c', outstanding: 'd' },
    };
    const issues = issuesOf(bankWith(sampleQuestion('bad-rubric', { guidance })));
    expect(issues.join('\n')).toContain('questions[3].guidance.rubric.excellent');
    expect(issues.join('\n')).toContain('outstanding');
  });
});

describe('jurisdictions', () => {
  it('accepts questions placed in known jurisdictions', () => {
    const bank = parseBank(bankWith(sampleQuestion('placed', { jurisdictions: ['us-ny', 'gb'] })));
    expect(bank.jurisdictions?.map((j) => j.id)).toEqual(['us', 'us-ny', 'gb', 'gb-scotland']);
    expect(bank.questions[3]?.jurisdictions).toEqual(['us-ny', 'gb']);
  });

  it('reports an unknown jurisdiction with the valid ones', () => {
    expect(issuesOf(bankWith(sampleQuestion('placed', { jurisdictions: ['uk'] })))).toEqual([
      'questions[3].jurisdictions[0]: Unknown jurisdiction "uk". Valid jurisdictions: us, us-ny, gb, gb-scotland.',
    ]);
  });

  it('reports jurisdictions on a question when the bank defines none', () => {
    const bank = {
      ...sampleBank(),
      questions: [sampleQuestion('placed', { jurisdictions: ['us'] })],
    };
    expect(issuesOf(bank)).toEqual([
      'questions[0].jurisdictions[0]: Unknown jurisdiction "us". The bank defines no jurisdictions.',
    ]);
  });

  it('reports an unknown parent, a duplicate id, an id outside its parent and a cycle', () => {
    const bad = [
      { id: 'us', name: 'United States', parent: 'north-america' },
      { id: 'ny', name: 'New York', parent: 'us' },
      { id: 'a', name: 'A', parent: 'b' },
      { id: 'b', name: 'B', parent: 'a' },
      { id: 'a', name: 'A again' },
    ];
    expect(issuesOf({ ...sampleBank(), jurisdictions: bad })).toEqual([
      'jurisdictions[4].id: Duplicate id "a", already used by jurisdictions[2].',
      'jurisdictions[0].parent: Unknown parent jurisdiction "north-america". Valid jurisdictions: us, ny, a, b.',
      'jurisdictions[1].parent: Jurisdiction "ny" lies within "us", so its id must start with "us-" (such as "us-ny").',
      'jurisdictions[2].parent: Jurisdiction "a" lies within "b", so its id must start with "b-" (such as "b-a").',
      'jurisdictions[3].parent: Jurisdiction "b" lies within "a", so its id must start with "a-" (such as "a-b").',
    ]);
  });
});

describe('sources', () => {
  const citation = {
    claim: 'Complaints go to the ombudsman after 8 weeks.',
    source: 'Energy Ombudsman',
    asOf: '2026-11',
  };

  it('accepts citations with an optional url', () => {
    const q = sampleQuestion('cited', {
      sources: [citation, { ...citation, url: 'https://example.org/rules' }],
    });
    expect(parseBank(bankWith(q)).questions[3]?.sources).toHaveLength(2);
  });

  it.each(['2026-13', '2026-1', '26-11', '2026-11-04', 'November 2026'])(
    'rejects asOf %s',
    (asOf) => {
      const issues = issuesOf(
        bankWith(sampleQuestion('cited', { sources: [{ ...citation, asOf }] })),
      );
      expect(issues).toEqual([
        'questions[3].sources[0].asOf: Must be a month as YYYY-MM, such as 2026-11',
      ]);
    },
  );

  it('rejects a url that is not one', () => {
    const issues = issuesOf(
      bankWith(sampleQuestion('cited', { sources: [{ ...citation, url: 'not a url' }] })),
    );
    expect(issues[0]).toMatch(/^questions\[3\]\.sources\[0\]\.url: /);
  });
});

describe('exercises', () => {
  it('accepts an exercise question with its exercise', () => {
    const bank = parseBank(bankWith(sampleQuestion('in-tray', { type: 'exercise', exercise })));
    expect(bank.questions[3]?.exercise?.format).toBe('in-tray');
  });

  it('requires exercise on an exercise question', () => {
    expect(issuesOf(bankWith(sampleQuestion('in-tray', { type: 'exercise' })))).toEqual([
      'questions[3].exercise: A question of type exercise needs exercise: { format, prepMinutes, brief, materials }',
    ]);
  });

  it('refuses exercise on another type', () => {
    expect(issuesOf(bankWith(sampleQuestion('in-tray', { exercise })))).toEqual([
      'questions[3].exercise: Only a question of type exercise has exercise; this one is situational',
    ]);
  });

  it('names an unknown format', () => {
    const issues = issuesOf(
      bankWith(
        sampleQuestion('in-tray', {
          type: 'exercise',
          exercise: { ...exercise, format: 'case-study' },
        }),
      ),
    );
    expect(issues[0]).toMatch(/^questions\[3\]\.exercise\.format: .*in-tray/);
  });
});

describe('concepts', () => {
  it('accepts a lexicon', () => {
    const concepts = [
      { id: 'payment-arrangement', terms: ['payment arrangement', 'installment plan'] },
      { id: 'meter-test', terms: ['meter test', 'accuracy test'] },
    ];
    expect(parseBank({ ...sampleBank(), concepts }).concepts).toEqual(concepts);
  });

  it('reports a term in two concepts and a duplicate concept id', () => {
    const concepts = [
      { id: 'payment-arrangement', terms: ['payment arrangement', 'payment plan'] },
      { id: 'budget-billing', terms: ['budget billing', 'Payment Plan'] },
      { id: 'payment-arrangement', terms: ['deferred payment agreement'] },
    ];
    expect(issuesOf({ ...sampleBank(), concepts })).toEqual([
      'concepts[2].id: Duplicate id "payment-arrangement", already used by concepts[0].',
      'concepts[1].terms[1]: Term "Payment Plan" already belongs to concept "payment-arrangement"; a term may stand in one concept only.',
    ]);
  });
});

describe('moved ids', () => {
  it('accepts an old id that points at a live question', () => {
    const bank = parseBank({
      ...sampleBank(),
      moved: { 'old-high-bill': 'high-bill-after-estimated-reads' },
    });
    expect(bank.moved).toEqual({ 'old-high-bill': 'high-bill-after-estimated-reads' });
  });

  it('reports a target that is not a question and an old id still in use', () => {
    const moved = {
      'old-high-bill': 'gone',
      'explaining-a-catch-up-bill': 'high-bill-after-estimated-reads',
    };
    expect(issuesOf({ ...sampleBank(), moved })).toEqual([
      'moved["old-high-bill"]: "old-high-bill" moves to "gone", which is not a question id in the bank.',
      'moved["explaining-a-catch-up-bill"]: "explaining-a-catch-up-bill" is still a question id; a moved id must no longer be used by a question.',
    ]);
  });

  it('rejects ids that are not kebab-case', () => {
    const issues = issuesOf({
      ...sampleBank(),
      moved: { Old_Id: 'high-bill-after-estimated-reads' },
    });
    expect(issues[0]).toMatch(/^moved/);
  });
});

describe('older banks', () => {
  it('still parse without any version 2 field', () => {
    const bank = sampleBank();
    for (const q of bank.questions)
      q.guidance.redFlags = ['Defends the bill first.', 'Promises a credit too early.'] as never;
    expect(parseBank(bank).questions[0]?.guidance.redFlags[0]).toEqual({
      text: 'Defends the bill first.',
      cues: [],
    });
  });
});
