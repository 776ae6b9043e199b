import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleBank, sampleQuestion } from '../test/sample-bank.js';
import { BankValidationError } from './bank-validation-error.js';
import { parseBank } from './parse-bank.js';
import { safeParseBank } from './safe-parse-bank.js';

function issuesOf(input: unknown) {
  const result = safeParseBank(input);
  if (result.success) throw new Error('expected the bank to be invalid');
  return result.error.issues;
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('parseBank: valid input', () => {
  it('returns a deep-frozen copy equal to the input', () => {
    const input = sampleBank();
    const bank = parseBank(input);
    expect(bank).toEqual(input);
    expect(bank).not.toBe(input);
    expect(isDeepFrozen(bank)).toBe(true);
  });

  it('leaves the input untouched and unfrozen', () => {
    const input = sampleBank();
    const before = structuredClone(input);
    parseBank(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.questions[0])).toBe(false);
  });

  it('throws on mutation of the parsed bank in strict mode', () => {
    const bank = parseBank(sampleBank());
    expect(() => {
      (bank.questions[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(() => (bank.questions as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('accepts a $schema key for editors', () => {
    expect(parseBank({ $schema: './bank.schema.json', ...sampleBank() }).questions).toHaveLength(3);
  });
});

describe('parseBank: shape errors', () => {
  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'bank'],
    ['a number', 42],
    ['undefined', undefined],
  ])('rejects %s at the root', (_, input) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('');
    expect(issues[0]?.message).toMatch(/^Expected an object \(key: value pairs\), found /);
  });

  it('throws BankValidationError from parseBank, with every issue', () => {
    const bank = sampleBank();
    const broken = {
      ...bank,
      questions: [sampleQuestion('a', { type: 'quiz', estimatedMinutes: 0 })],
    };
    let caught: unknown;
    try {
      parseBank(broken);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BankValidationError);
    const error = caught as BankValidationError;
    expect(error.name).toBe('BankValidationError');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'questions[0].type',
      'questions[0].estimatedMinutes',
    ]);
    expect(error.message).toContain('Invalid bank: 2 issues found.');
    expect(error.message).toContain('questions[0].type:');
    expect(error.issues[0]?.message).toContain('behavioral');
  });

  it('reports nested paths with indices', () => {
    const bank = sampleBank();
    const question = sampleQuestion('x');
    bank.questions.push({
      ...question,
      guidance: { ...question.guidance, keyPoints: ['only one'] },
    });
    expect(issuesOf(bank).map((issue) => issue.path)).toEqual(['questions[3].guidance.keyPoints']);
  });

  it('rejects ids that are not kebab-case', () => {
    const bank = sampleBank();
    bank.questions.push(sampleQuestion('Not_Kebab'));
    const issues = issuesOf(bank);
    expect(issues[0]).toEqual({
      path: 'questions[3].id',
      message: 'Must be kebab-case: lower-case letters and digits joined by single hyphens',
    });
  });

  it('shows the first ten issues in the message and counts the rest', () => {
    const bank = sampleBank();
    const questions = Array.from({ length: 15 }, (_, i) =>
      sampleQuestion(`q-${i}`, { type: 'bad' }),
    );
    const error = new BankValidationError(issuesOf({ ...bank, questions }));
    expect(error.issues).toHaveLength(15);
    expect(error.message).toContain('questions[9].type');
    expect(error.message).not.toContain('questions[10].type');
    expect(error.message).toContain('... and 5 more');
  });
});

describe('parseBank: cross-references', () => {
  it('names each unresolved reference and what is valid', () => {
    const bank = sampleBank();
    bank.questions.push(
      sampleQuestion('broken-references', {
        roles: ['astronaut'],
        category: 'billing',
        competencies: ['telepathy'],
        tags: ['high-bill', 'no-such-tag'],
        related: ['missing-question'],
      }),
    );
    expect(issuesOf(bank)).toEqual([
      {
        path: 'questions[3].roles[0]',
        message: 'Unknown role "astronaut". Valid roles: utility-customer-relations-manager.',
      },
      {
        path: 'questions[3].category',
        message:
          'Unknown category "billing". Did you mean "billing-and-metering"? Valid categories: billing-and-metering, credit-and-collections.',
      },
      {
        path: 'questions[3].competencies[0]',
        message: 'Unknown competency "telepathy". Valid competencies: empathy, problem-solving.',
      },
      {
        path: 'questions[3].tags[1]',
        message: 'Unknown tag "no-such-tag". Valid tags: high-bill, estimated-reads, deposits.',
      },
      {
        path: 'questions[3].related[0]',
        message: expect.stringContaining('Unknown related question id "missing-question"'),
      },
    ]);
  });

  it('rejects duplicate ids in every collection, naming the first use', () => {
    const bank = sampleBank();
    bank.tags.push({ id: 'deposits', label: 'Again', description: 'Duplicate.' });
    bank.questions.push(sampleQuestion('high-bill-after-estimated-reads'));
    expect(issuesOf(bank)).toEqual([
      { path: 'tags[3].id', message: 'Duplicate id "deposits", already used by tags[2].' },
      {
        path: 'questions[3].id',
        message: 'Duplicate id "high-bill-after-estimated-reads", already used by questions[0].',
      },
    ]);
  });

  it('rejects a question related to itself and repeated values in a list', () => {
    const bank = sampleBank();
    bank.questions.push(
      sampleQuestion('self-related', { related: ['self-related'], tags: ['deposits', 'deposits'] }),
    );
    expect(issuesOf(bank)).toEqual([
      { path: 'questions[3].tags[1]', message: 'Duplicate tag "deposits".' },
      {
        path: 'questions[3].related[0]',
        message: 'Question "self-related" lists itself as related.',
      },
    ]);
  });

  it('counts instead of listing large vocabularies', () => {
    const bank = sampleBank();
    for (let i = 0; i < 30; i++) bank.tags.push({ id: `tag-${i}`, label: 'T', description: 'D' });
    bank.questions.push(sampleQuestion('uses-unknown-tag', { tags: ['nope'] }));
    const [issue] = issuesOf(bank);
    expect(issue?.message).toBe(
      'Unknown tag "nope". None of the bank\'s 33 tags matches; check the spelling.',
    );
  });
});

describe('parseBank: shape and reference problems together', () => {
  it('lists unresolved references alongside shape problems, once per path', () => {
    const bank = sampleBank();
    bank.questions.push(
      sampleQuestion('two-kinds', {
        type: 'quiz',
        category: 'billing',
        tags: ['Not Kebab', 'nope'],
      }),
    );
    expect(issuesOf(bank).map((issue) => issue.path)).toEqual([
      'questions[3].type',
      'questions[3].tags[0]',
      'questions[3].category',
      'questions[3].tags[1]',
    ]);
  });
});

describe('parseBank: hostile input', () => {
  it('rejects a __proto__ key without polluting any prototype', () => {
    const input = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(sampleBank()).slice(1)}`,
    );
    const issues = issuesOf(input);
    expect(issues).toEqual([
      {
        path: '',
        message:
          'Unknown field "__proto__". Fields here: $schema, roles, categories, competencies, tags, questions, jurisdictions, concepts, moved.',
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects constructor and __proto__ keys inside questions', () => {
    const bank = sampleBank();
    const question = JSON.parse(
      `{"__proto__": {"x": 1}, "constructor": {"prototype": {"y": 2}}, ${JSON.stringify(sampleQuestion('q')).slice(1)}`,
    );
    bank.questions.push(question);
    const issues = issuesOf(bank);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('questions[3]');
    expect(issues[0]?.message).toContain('"__proto__"');
    expect(issues[0]?.message).toContain('"constructor"');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });

  it('accepts a 10 MB bank and rejects a 10 MB string', () => {
    const bank = sampleBank();
    const long = 'This answer is long on purpose. '.repeat(75);
    for (let i = 0; i < 4500; i++) {
      const question = sampleQuestion(`generated-question-${i}`);
      bank.questions.push({ ...question, guidance: { ...question.guidance, sampleAnswer: long } });
    }
    expect(JSON.stringify(bank).length).toBeGreaterThan(10_000_000);
    expect(parseBank(bank).questions).toHaveLength(4503);

    const huge = sampleBank();
    huge.questions[0] = sampleQuestion('huge', { text: 'x'.repeat(10_000_000) });
    const issues = issuesOf(huge);
    // The replaced question leaves a dangling related id behind, reported too.
    expect(issues.map((issue) => issue.path)).toEqual([
      'questions[0].text',
      'questions[1].related[0]',
    ]);
    expect(issues[0]?.message).toMatch(/^Too long: at most \d+ characters, has \d+ characters\.$/);
  });

  it('rejects deeply nested junk without overflowing the stack', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    let deepObject: unknown = {};
    for (let i = 0; i < 100_000; i++) deepObject = { a: deepObject };
    const bank = sampleBank();
    const question = sampleQuestion('deep', {
      tags: nested,
      guidance: { ...sampleQuestion('x').guidance, keyTerms: [deepObject] },
    });
    const issues = issuesOf({ ...bank, questions: [question], roles: nested });
    expect(issues.map((issue) => issue.path)).toEqual([
      'roles[0]',
      'questions[0].tags[0]',
      'questions[0].guidance.keyTerms[0]',
      'questions[0].roles[0]',
    ]);
  });

  it('rejects cyclic input without hanging', () => {
    const bank: Record<string, unknown> = sampleBank();
    const question: Record<string, unknown> = sampleQuestion('cyclic');
    question.related = [question];
    bank.questions = [question];
    bank.self = bank;
    expect(
      issuesOf(bank)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['', 'questions[0].related[0]']);
  });

  it('turns a throwing getter into an issue instead of a crash', () => {
    const bank = sampleBank();
    Object.defineProperty(bank, 'questions', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(bank)).toEqual([{ path: '', message: 'The bank could not be read: boom' }]);
  });

  it('never throws and never succeeds on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        const result = safeParseBank(value);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('never throws on a valid bank with arbitrary extra or broken fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (key, value) => {
        const bank: Record<string, unknown> = sampleBank();
        const question: Record<string, unknown> = sampleQuestion('fuzzed');
        question[key] = value;
        bank.questions = [question];
        const result = safeParseBank(bank);
        if (!result.success) expect(result.error).toBeInstanceOf(BankValidationError);
      }),
      { numRuns: 300 },
    );
  });
});
