import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { bank } from '@prepdeck/questions';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  type InProcessOptions,
  type InProcessResult,
  runInProcess as runCaptured,
} from '../test/run-in-process.js';
import { LIST_KINDS } from './commands/list.js';

/*
 * Every command runs in-process with a command line built from its real flags and hostile
 * values: empty, huge, negative, NaN-like, unicode and control-character text, missing
 * paths and unknown flags. Whatever the input, the CLI must exit 0, 1 or 2, explain a
 * failure on stderr, never show a stack trace or a JavaScript error, and never leave a
 * partial --out file behind.
 *
 * Two ways in: a fast-check property per command (random flags, values and order; seeded,
 * so a failure prints a seed and path that reproduce it), and a sweep that gives each flag
 * of each command each kind of edge value while the rest of the command line is valid, so
 * that a value reaches the code that uses it rather than stopping at another flag.
 * PREPDECK_FUZZ_RUNS and PREPDECK_FUZZ_SEED run the property longer or differently.
 */

const SEED = Number(process.env.PREPDECK_FUZZ_SEED ?? 20_260_302);
const RUNS = Number(process.env.PREPDECK_FUZZ_RUNS ?? 50);
const NOW = new Date('2026-03-02T09:00:00Z');
const REPO = join(import.meta.dirname, '..', '..', '..');

let fixtures = '';
const fixture = (name: string) => join(fixtures, name);

const BANK_FIXTURES = [
  'bank.json',
  'bank.yaml',
  'bank.txt',
  'broken.json',
  'truncated.json',
  'empty.json',
  'empty.yaml',
  'null.json',
  'list.json',
  'bad.yaml',
  'aliases.yaml',
  'proto.json',
  'folder.json',
  'missing.json',
  'missing/deeper/bank.yaml',
];

beforeAll(() => {
  fixtures = mkdtempSync(join(tmpdir(), 'prepdeck-fuzz-fixtures-'));
  const custom = JSON.parse(
    readFileSync(join(REPO, 'examples', 'custom-bank', 'bank.json'), 'utf8'),
  );
  writeFileSync(fixture('bank.json'), JSON.stringify(custom));
  writeFileSync(fixture('bank.yaml'), stringify(custom));
  writeFileSync(fixture('bank.txt'), JSON.stringify(custom));
  const broken = structuredClone(custom);
  broken.questions[0].type = 'quiz';
  broken.questions[1].category = 'billing';
  writeFileSync(fixture('broken.json'), JSON.stringify(broken));
  writeFileSync(fixture('truncated.json'), '{"roles": [');
  writeFileSync(fixture('empty.json'), '');
  writeFileSync(fixture('empty.yaml'), '');
  writeFileSync(fixture('null.json'), 'null');
  writeFileSync(fixture('list.json'), '[1, 2, 3]');
  writeFileSync(fixture('bad.yaml'), 'roles: [\n');
  const tenOf = (item: string) => `[${Array(10).fill(item).join(', ')}]`;
  writeFileSync(
    fixture('aliases.yaml'),
    `a: &a ${tenOf('x')}\nb: &b ${tenOf('*a')}\nc: &c ${tenOf('*b')}\nd: ${tenOf('*c')}\n`,
  );
  writeFileSync(fixture('proto.json'), '{"__proto__": {"polluted": true}, "roles": []}');
  mkdirSync(fixture('folder.json'));
});

afterAll(() => {
  rmSync(fixtures, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// Values

const HUGE = [
  'x'.repeat(10_000),
  '🙂'.repeat(5_000),
  'a,'.repeat(5_000),
  '..'.repeat(5_000),
  '9'.repeat(10_000),
  '-'.repeat(10_000),
  'e\u0301'.repeat(5_000),
];

const NAN_LIKE = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '1e3',
  '0x1F',
  '0b11',
  '1_000',
  ' 5 ',
  '5abc',
  '.5',
  '2.5',
  '-0',
  '+3',
  '00007',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'hasOwnProperty',
];

const UNICODE = [
  '🙂',
  '👩🏽‍💻',
  '\u202Eevil',
  'مرحبا',
  'שלום עולם',
  'e\u0301\u0301\u0301',
  '\u200B',
  '\uFEFF',
  '\uD800',
  'İstanbul',
  'straße',
  'ＦＵＬＬ',
];

const CONTROL = [
  '\u0000',
  'a\u0000b',
  '\u001b[31m',
  '\u001b[2J\u001b[H',
  '\u001b]0;title\u0007',
  '\u009b31m',
  '\r',
  '\n',
  '\r\n',
  'line one\nline two',
  '\t',
  '\u0007',
  '\b\b\b',
  '\u007f',
];

const MISSING_PATHS = ['no/such/bank.json', 'nope.yaml', '/definitely/not/here.yml', './', '.'];

/** Text no flag expects: the edge cases above, and random strings. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...HUGE),
  fc.integer({ min: -(2 ** 53), max: -1 }).map(String),
  fc.double().map(String),
  fc.constantFrom(...NAN_LIKE),
  fc.constantFrom(...UNICODE),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...CONTROL),
  fc
    .tuple(fc.constantFrom(...CONTROL), fc.string({ maxLength: 8 }))
    .map(([control, text]) => `${text}${control}${text}`),
  fc.constantFrom(...MISSING_PATHS),
  fc.string({ maxLength: 30 }),
);

/** One value of each kind, for the sweep. */
const EDGE_VALUES = [
  '',
  ' ',
  'x'.repeat(10_000),
  '-1',
  '-2.5',
  'NaN',
  '1e309',
  '__proto__',
  '🙂',
  '\u202Eevil',
  'e\u0301\u0301',
  '\u0000',
  '\u001b[31m',
  '\r',
  'a\nb',
  ',',
  'no/such/file.json',
];

// ---------------------------------------------------------------------------------------
// The commands and their flags

interface FlagSpec {
  /** The flag, e.g. `--count`; empty for a positional argument. */
  readonly name: string;
  readonly alias?: string;
  /**
   * Values worth giving it: ones it accepts and a few near misses (`pdf`, `0`). The first,
   * an accepted one, is used wherever the flag is not the one under test.
   */
  readonly values: readonly string[];
  /** Whether it takes a comma-separated list. */
  readonly list?: boolean;
}

interface CommandSpec {
  readonly positional?: FlagSpec;
  /** Flags given on every line of the sweep (mandatory ones, or those that reach more code). */
  readonly base?: readonly FlagSpec[];
  readonly flags: readonly FlagSpec[];
  /** Flags that take no value. */
  readonly switches: readonly string[];
  /** Whether --out is a flag. */
  readonly out?: boolean;
  /** Whether the sweep runs it at a terminal (with input that has ended). */
  readonly interactive?: boolean;
  /** The flags the sweep tries, when not all of them. */
  readonly swept?: readonly FlagSpec[];
  /** Arguments the sweep puts first on every line (a flag under test given later wins). */
  readonly sweepArgs?: readonly string[];
}

const ids = (records: readonly { id: string }[] | undefined) => (records ?? []).map((r) => r.id);

const flag = (name: string, values: readonly string[], more: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  values,
  ...more,
});

const bankFlag = flag('--bank', BANK_FIXTURES);
const FILTERS: readonly FlagSpec[] = [
  flag('--category', ids(bank.categories), { list: true }),
  flag('--type', ['behavioral', 'situational', 'technical', 'general', 'exercise'], {
    list: true,
  }),
  flag('--difficulty', [
    'advanced',
    'foundational,advanced',
    'intermediate..advanced',
    '..intermediate',
    'intermediate..',
    '..',
    'a..b..c',
    'advanced,',
  ]),
  flag('--seniority', ['manager', 'supervisor', 'director'], { list: true }),
  flag('--tag', ids(bank.tags), { list: true }),
  flag('--competency', ids(bank.competencies), { list: true }),
  flag('--jurisdiction', ['gb', 'us', 'gb-sct', 'uk', 'us-ca'], { list: true }),
  flag('--search', ['meter', 'estimated read', 'esti bill']),
];
const filter = (name: string) => FILTERS.find((f) => f.name === name) as FlagSpec;
const seedFlag = flag('--seed', ['demo', '42', '0', '-1', 'week-1']);
const countFlag = flag('--count', ['3', '1', '5', '1000', '0'], { alias: '-n' });
const balanceFlag = flag('--balance-by', [
  'category',
  'type',
  'difficulty',
  'seniority',
  'none',
  'tag',
]);

const reviewNew = flag('--new', ['3', '0', '1000']);

const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  ask: {
    flags: [countFlag, ...FILTERS, seedFlag, balanceFlag, bankFlag],
    switches: ['--guidance', '--json'],
  },
  show: {
    positional: flag('', [
      'high-bill-after-estimated-reads',
      ...ids(bank.questions.slice(0, 4)),
      'high-bill-estimated',
    ]),
    flags: [bankFlag],
    switches: ['--json'],
  },
  list: {
    positional: flag('', [...LIST_KINDS]),
    flags: [...FILTERS, bankFlag],
    switches: ['--json'],
  },
  stats: { flags: [bankFlag], switches: ['--json'] },
  // Each run of these starts a session, so the sweep tries their own flags and one filter:
  // the filters are parsed as they are for ask, where the sweep tries every one.
  practice: {
    flags: [countFlag, ...FILTERS, seedFlag, balanceFlag, bankFlag],
    switches: [],
    interactive: true,
    swept: [countFlag, filter('--category'), seedFlag, balanceFlag, bankFlag],
  },
  review: {
    flags: [reviewNew, ...FILTERS, seedFlag, bankFlag],
    switches: ['--stats', '--json'],
    interactive: true,
    swept: [reviewNew, filter('--category'), seedFlag, bankFlag],
  },
  export: {
    base: [flag('--format', ['anki', 'md', 'csv', 'json', 'pdf'])],
    flags: [flag('--deck', ['Utility', 'Interviews::Utilities', 'prepdeck']), ...FILTERS, bankFlag],
    switches: ['--no-guidance'],
    out: true,
    // 27 questions rather than all 354, so that each export the sweep makes is quick.
    sweepArgs: ['--search', 'meter'],
  },
  kit: {
    // Without --seed a kit is planned from a random seed; with one, every run reproduces.
    base: [flag('--minutes', ['45', '15', '30', '90', '300', '0']), seedFlag],
    flags: [
      flag('--format', ['md', 'html', 'json', 'pdf']),
      ...['--seniority', '--category', '--competency', '--type', '--jurisdiction'].map(filter),
      bankFlag,
    ],
    switches: ['--exercise'],
    out: true,
  },
  validate: {
    positional: flag('', BANK_FIXTURES),
    flags: [],
    switches: ['--json'],
  },
};

/** Bank fixtures are named by file; they live in a folder made when the tests start. */
const resolveValue = (spec: FlagSpec, value: string) =>
  (spec === bankFlag || spec === COMMANDS.validate?.positional) && BANK_FIXTURES.includes(value)
    ? fixture(value)
    : value;

/** Names for --out, relative to the run's own output folder. */
const OUT_NAMES = [
  'out.txt',
  'missing/parent/out.md',
  'out.txt/child',
  '.',
  '',
  'x'.repeat(300),
  'emoji-🙂.md',
  'new\nline.md',
  'escape-\u001b[31m.md',
  ' ',
  '.hidden',
  'nul\u0000byte.md',
];

// ---------------------------------------------------------------------------------------
// Random command lines

/** A value for a flag: one it accepts three times in four, so that later flags run too. */
const valuesFor = (spec: FlagSpec): fc.Arbitrary<string> => {
  const plausible = fc.constantFrom(...spec.values).map((value) => resolveValue(spec, value));
  const one = fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
  return spec.list
    ? fc.oneof(
        { weight: 3, arbitrary: one },
        {
          weight: 1,
          arbitrary: fc.array(one, { minLength: 2, maxLength: 4 }).map((v) => v.join(',')),
        },
      )
    : one;
};

/** `--flag value` or `--flag=value` (or `-n value`). */
const tokensOf = (spec: FlagSpec): fc.Arbitrary<string[]> =>
  fc
    .tuple(
      fc.constantFrom(spec.name, ...(spec.alias ? [spec.alias] : [])),
      valuesFor(spec),
      fc.boolean(),
    )
    .map(([name, value, joined]) =>
      joined && name.startsWith('--') ? [`${name}=${value}`] : [name, value],
    );

function unknownFlag(spec: CommandSpec): fc.Arbitrary<string[]> {
  const known = new Set([
    ...[...(spec.base ?? []), ...spec.flags].flatMap((f) => [f.name, f.alias]),
    ...spec.switches,
    '--out',
    '--help',
    '-h',
  ]);
  return fc
    .oneof(
      fc.stringMatching(/^--[a-z][a-z0-9-]{0,15}$/),
      fc.stringMatching(/^-[a-zA-Z]$/),
      fc.constantFrom('-', '--', '---', '--=', '--json=yes', '--no-json', '-nn', '--count='),
      hostile.map((text) => `--${text}`),
    )
    .filter((name) => !known.has(name))
    .chain((name) =>
      fc.oneof(
        fc.constant<string[]>([name]),
        hostile.map((value) => [name, value]),
      ),
    );
}

/** A command line; `out`, when set, is given as `--out <output folder>/<out>`. */
interface Case {
  readonly args: readonly string[];
  readonly out?: string | undefined;
  readonly interactive?: boolean;
}

function commandLine(name: string, spec: CommandSpec, interactive: boolean): fc.Arbitrary<Case> {
  const { positional } = spec;
  const group = fc.oneof(
    ...(spec.flags.length > 0
      ? [{ weight: 6, arbitrary: fc.oneof(...spec.flags.map(tokensOf)) }]
      : []),
    ...(spec.switches.length > 0
      ? [{ weight: 2, arbitrary: fc.constantFrom(...spec.switches).map((s) => [s]) }]
      : []),
    { weight: 1, arbitrary: unknownFlag(spec) },
  );
  return fc
    .record({
      // Mandatory flags are there four times in five.
      base: fc.tuple(
        ...(spec.base ?? []).map((f) =>
          fc.oneof(
            { weight: 4, arbitrary: tokensOf(f) },
            { weight: 1, arbitrary: fc.constant([]) },
          ),
        ),
      ),
      groups: fc.array(group, { maxLength: 5 }),
      positional: positional
        ? fc.oneof(
            { weight: 8, arbitrary: valuesFor(positional).map((v) => [v]) },
            { weight: 1, arbitrary: fc.constant([]) },
            { weight: 1, arbitrary: fc.tuple(valuesFor(positional), hostile) },
          )
        : fc.oneof(
            { weight: 9, arbitrary: fc.constant([]) },
            { weight: 1, arbitrary: hostile.map((v) => [v]) },
          ),
      at: fc.nat(),
      out: spec.out ? fc.option(fc.constantFrom(...OUT_NAMES), { freq: 2 }) : fc.constant(null),
    })
    .map(({ base, groups, positional: args, at, out }) => {
      const flags = [...base, ...groups].flat();
      const split = at % (flags.length + 1);
      return {
        args: [name, ...flags.slice(0, split), ...args, ...flags.slice(split)],
        out: out ?? undefined,
        interactive,
      };
    });
}

/** The sweep: each flag (and the positional argument) of a command with each edge value. */
function sweep(name: string, spec: CommandSpec): Case[] {
  const first = (f: FlagSpec) => resolveValue(f, f.values[0] as string);
  const line = (swap?: FlagSpec, value?: string, out?: string): Case => ({
    args: [
      name,
      ...(spec.sweepArgs ?? []),
      ...(spec.positional
        ? [swap === spec.positional ? (value as string) : first(spec.positional)]
        : []),
      ...(spec.base ?? []).flatMap((f) => [f.name, f === swap ? (value as string) : first(f)]),
      ...(swap && swap !== spec.positional && !spec.base?.includes(swap)
        ? [swap.name, value as string]
        : []),
    ],
    out,
    interactive: spec.interactive ?? false,
  });
  const slots = [
    ...(spec.positional ? [spec.positional] : []),
    ...(spec.base ?? []),
    ...(spec.swept ?? spec.flags),
  ];
  return [
    line(),
    ...slots.flatMap((slot) => EDGE_VALUES.map((value) => line(slot, value))),
    ...(spec.out
      ? [...OUT_NAMES, ...EDGE_VALUES.filter((v) => !v.includes('/'))].map((out) =>
          line(undefined, undefined, out),
        )
      : []),
  ];
}

// ---------------------------------------------------------------------------------------
// Running and checking

type RunResult = InProcessResult;

/** The CLI run in-process at a fixed time, so that every run of the fuzz is the same. */
const runInProcess = (args: readonly string[], options: InProcessOptions = {}) =>
  runCaptured(args, { now: () => NOW, ...options });

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const STACK_FRAME = /^\s+at /m;
/** A stack frame on stdout, where wrapped question text may start a line with "at ". */
const STACK_FRAME_ON_STDOUT = /^\s+at (?:async )?\S.*:\d+:\d+\)?$/m;
const JS_ERRORS = [
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'Cannot read properties',
  'undefined is not',
  'is not a function',
  'is not iterable',
  'Maximum call stack',
  'unexpected error',
  'PrepdeckError',
  '[object Object]',
];

/** Characters a terminal acts on (other than tab and line feed), or that reorder a line. */
const UNPRINTABLE = /[^\P{Cc}\t\n]|[\u202a-\u202e\u2066-\u2069]/u;

/** The checks every run passes, whatever its arguments. */
function expectCleanOutcome(result: RunResult): void {
  expect([0, 1, 2]).toContain(result.code);
  if (result.code !== 0) expect(result.stderr.trim()).not.toBe('');
  // Messages echo what was typed, with control characters shown as escapes.
  expect(result.stderr).not.toMatch(UNPRINTABLE);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stdout).not.toMatch(STACK_FRAME_ON_STDOUT);
  for (const text of JS_ERRORS) {
    expect(result.stderr).not.toContain(text);
    expect(result.stdout).not.toContain(text);
  }
}

/** Runs one case in a fresh folder and checks it, leaving nothing behind. */
async function check(testCase: Case): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'prepdeck-fuzz-out-'));
  const outDir = join(root, 'out');
  mkdirSync(outDir);
  try {
    const args = [...testCase.args];
    if (testCase.out !== undefined) {
      const path = join(outDir, testCase.out);
      // Only ever write inside this run's folder, whatever name was generated.
      expect(resolve(path) === outDir || resolve(path).startsWith(`${outDir}${sep}`)).toBe(true);
      args.push('--out', path);
    }
    const result = await runInProcess(args, { interactive: testCase.interactive });
    expectCleanOutcome(result);
    const left = filesUnder(root);
    expect(left.filter((file) => file.includes('.tmp-'))).toEqual([]);
    if (result.code !== 0) expect(left).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('every command, with random flags and values', () => {
  for (const [name, spec] of Object.entries(COMMANDS)) {
    it(`${name}: exits 0, 1 or 2 with a message, no stack trace and no partial file`, async () => {
      await fc.assert(fc.asyncProperty(commandLine(name, spec, false), check), {
        seed: SEED,
        numRuns: RUNS,
      });
    });
  }

  // At a terminal, practice and review get past the terminal check to the bank, the
  // filters and the session, which ends at once because the input has ended.
  for (const name of ['practice', 'review']) {
    it(`${name} at a terminal with no input: the same`, async () => {
      await fc.assert(
        fc.asyncProperty(commandLine(name, COMMANDS[name] as CommandSpec, true), check),
        { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
      );
    });
  }
});

describe('each flag of each command, with each kind of edge value', () => {
  for (const [name, spec] of Object.entries(COMMANDS)) {
    it(`${name}: exits 0, 1 or 2 with a message, no stack trace and no partial file`, async () => {
      for (const testCase of sweep(name, spec)) {
        try {
          await check(testCase);
        } catch (error) {
          (error as Error).message = `${JSON.stringify(testCase)}\n${(error as Error).message}`;
          throw error;
        }
      }
    });
  }
});

describe('what the fuzz found', () => {
  it('refuses an Anki deck name that is blank or spans lines, instead of crashing', async () => {
    for (const deck of ['', '   ', 'Utility\ninterviews', 'Utility\r']) {
      const result = await runInProcess(['export', '--format', 'anki', '--deck', deck]);
      expect(result.code, JSON.stringify(deck)).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^error: option '--deck <name>' argument '.*' is invalid\. Expected a deck name on one line, such as "Utility interviews"/s,
      );
      expectCleanOutcome(result);
    }
    const nested = await runInProcess([
      'export',
      '--format',
      'anki',
      '--deck',
      'A::B',
      '--tag',
      'smart-meters',
    ]);
    expect(nested.code).toBe(0);
    expect(nested.stdout).toContain('#deck:A::B\n');
  });

  it('names an invalid bank on stderr when validate fails, as well as listing the problems', async () => {
    const text = await runInProcess(['validate', fixture('broken.json')]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('questions[0].type:');
    expect(text.stderr).toBe(`${fixture('broken.json')} is not a valid bank: 2 problems.\n`);
    const json = await runInProcess(['validate', fixture('null.json'), '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false });
    expect(json.stderr).toBe(`${fixture('null.json')} is not a valid bank: 1 problem.\n`);
  });

  it('says "1 problem", not "1 problems", for a bank with one problem', async () => {
    const result = await runInProcess(['stats', '--bank', fixture('null.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not a valid bank \(1 problem\):\n {2}\(bank\): /);
  });

  it.each([
    [['ask', '--bank', ''], "option '--bank <file>' argument '' is invalid. Expected a file name."],
    [['validate', ''], "argument 'file'. Expected a file name."],
    [
      ['export', '--format', 'md', '--out', ''],
      "option '--out <file>' argument '' is invalid. Expected a file name.",
    ],
    [['kit', '--minutes', '30', '--out', ''], 'Expected a file name.'],
    [['ask', '--bank', 'bank\u0000.json'], 'A file name cannot contain a NUL character (\\u0000).'],
    [['validate', '\u0000'], 'A file name cannot contain a NUL character (\\u0000).'],
    [
      ['kit', '--minutes', '30', '--out', 'kit\u0000.md'],
      'A file name cannot contain a NUL character',
    ],
  ])('exits 2 for a file name that cannot name a file: %j', async (args, message) => {
    const before = readdirSync(process.cwd());
    const result = await runInProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expectCleanOutcome(result);
    // An empty --out once meant a temporary file in the current folder.
    expect(readdirSync(process.cwd())).toEqual(before);
  });

  it('says why an --out file cannot be written, without system codes or temporary names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepdeck-fuzz-write-'));
    writeFileSync(join(dir, 'a-file'), 'kept');
    try {
      for (const [out, reason] of [
        [join(dir, 'missing', 'kit.md'), `the folder ${join(dir, 'missing')} does not exist`],
        [dir, 'it is a directory'],
        [join(dir, 'a-file', 'kit.md'), 'a part of the path is a file, not a folder'],
        [join(dir, 'x'.repeat(300)), 'the name is too long'],
      ] as const) {
        const result = await runInProcess(['kit', '--minutes', '30', '--seed', 'w', '--out', out]);
        expect(result.code, out).toBe(1);
        expect(result.stderr).toBe(`Cannot write ${out}: ${reason}.\n`);
      }
      expect(readdirSync(dir)).toEqual(['a-file']);
      expect(readFileSync(join(dir, 'a-file'), 'utf8')).toBe('kept');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows control characters in echoed values as escapes rather than sending them to the terminal', async () => {
    const shown = await runInProcess(['show', '\u001b[31mred\u001b[0m']);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toContain('No question has the id "\\u001b[31mred\\u001b[0m".');
    const bankPath = await runInProcess(['stats', '--bank', 'over\rwritten.json']);
    expect(bankPath.stderr).toBe('Cannot read over\\rwritten.json: no such file.\n');
    const flagName = await runInProcess(['ask', '--\u202eevil']);
    expect(flagName.code).toBe(2);
    expect(flagName.stderr).toContain("unknown option '--\\u202eevil'");
    for (const result of [shown, bankPath, flagName]) expectCleanOutcome(result);
  });

  it('suggests no ids for an empty one: every id contains the empty string', async () => {
    const result = await runInProcess(['show', '']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'No question has the id "". Run `prepdeck ask` or `prepdeck list categories` to find ids.\n',
    );
  });

  it('exits 1 with the same hint as ask when practice has nothing to pick', async () => {
    const practice = await runInProcess(['practice', '--search', 'zzzzqx'], { interactive: true });
    const ask = await runInProcess(['ask', '--search', 'zzzzqx']);
    expect(practice.code).toBe(1);
    expect(practice.stderr).toBe(ask.stderr);
    expect(ask.stderr).toContain('No questions match these filters. Loosen them');
  });
});
