import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { createConsumerProject, REPO } from '../consumers/consumer-project.js';
import {
  type CodeBlock,
  checkComment,
  documentationFiles,
  extractBlocks,
  infoStringProblem,
  isEsmOnly,
  isFragment,
  kindOf,
  moduleStyleProblem,
  outputComments,
  sourceFileOf,
} from './code-blocks.js';

/**
 * Every fenced code block of README.md and docs/ (docs/questions.md and docs/api/ are
 * generated), tested as code against the packed packages: `ts` and `js` blocks run in a
 * fresh ES-module project and, unless marked `esm`, in a CommonJS one, and every `ts`
 * block type-checks under TypeScript 5.9 and 7 in both forms; `json` and `yaml` blocks
 * parse, and validate when they hold a bank or a question. The conventions are in
 * code-blocks.ts. Run after `pnpm build`, as `pnpm test:docs`.
 */

const blocks = documentationFiles(REPO).flatMap((file) => extractBlocks(REPO, file));
const runnable = blocks.filter((block) => kindOf(block) === 'runnable');
const data = blocks.filter((block) => kindOf(block) === 'data');

/** The packages the docs tell readers to install besides prepdeck, at the repo's versions. */
const rootManifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const cliManifest = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8'));
const DOC_DEPENDENCIES = [
  '@types/node@20',
  `yaml@${rootManifest.devDependencies.yaml}`,
  `ajv@${rootManifest.devDependencies.ajv}`,
  `ts-fsrs@${cliManifest.dependencies['ts-fsrs']}`,
];
const TS7_VERSION = '7.0.2';
const TS7 = `typescript7@npm:typescript@${TS7_VERSION}`;

/** Blocks that read answers from standard input, and what to type at each prompt. */
const SCRIPTED_INPUT = [
  {
    file: 'docs/guides/recipes.md',
    contains: 'createInterface',
    prompt: /Your answer: $/,
    answers: [
      'I would listen first, check the read history and explain the bill in plain words.',
      'I would agree a payment arrangement and hold collection activity while we look.',
      'In my last team we tracked consecutive estimates and cut repeat complaints by a third.',
      '',
    ],
  },
] as const;

const scriptFor = (block: CodeBlock) =>
  SCRIPTED_INPUT.find((entry) => entry.file === block.file && block.code.includes(entry.contains));

interface Project {
  readonly dir: string;
  /** Why TypeScript 7 could not be installed or run there, or undefined when it can. */
  readonly ts7Problem: string | undefined;
}

let esm: Project;
let cjs: Project;
/** Type errors per file name, for each compiler and form, and errors outside the blocks. */
const typeErrors = new Map<string, Map<string, string[]>>();

const slug = (block: CodeBlock) => block.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
const fileFor = (block: CodeBlock, form: 'esm' | 'cjs') =>
  `${slug(block)}.${block.lang === 'ts' ? (form === 'esm' ? 'mts' : 'cts') : form === 'esm' ? 'mjs' : 'cjs'}`;

function install(type: 'module' | 'commonjs'): Project {
  try {
    const dir = createConsumerProject({ type, install: [...DOC_DEPENDENCIES, TS7] });
    const version = execFileSync(process.execPath, [ts7Bin(dir), '--version'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return {
      dir,
      ts7Problem: version.includes(TS7_VERSION)
        ? undefined
        : `${ts7Bin(dir)} --version printed ${version.trim()}`,
    };
  } catch (error) {
    const reason = `installing or running ${TS7} failed: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`;
    console.warn(`${reason}\nThe TypeScript 7 type-check is skipped.`);
    return { dir: createConsumerProject({ type, install: DOC_DEPENDENCIES }), ts7Problem: reason };
  }
}

const ts7Bin = (dir: string) => join(dir, 'node_modules', 'typescript7', 'bin', 'tsc');
const ts5Bin = (dir: string) => join(dir, 'node_modules', 'typescript', 'bin', 'tsc');

/**
 * Files the examples read: bank.yaml (the YAML bank of bring-your-own-bank.md, which later
 * examples there read), the same bank as my-bank.json and split into files in my-bank/.
 */
function writeFixtures(dir: string) {
  const yamlBank = data.find(
    (b) => b.file === 'docs/guides/bring-your-own-bank.md' && b.lang === 'yaml',
  );
  if (!yamlBank) throw new Error('bring-your-own-bank.md has no YAML bank');
  const bank: Record<string, unknown[]> = parseDocument(yamlBank.code).toJS();
  writeFileSync(join(dir, 'bank.yaml'), yamlBank.code);
  writeFileSync(join(dir, 'my-bank.json'), `${JSON.stringify(bank, null, 2)}\n`);
  mkdirSync(join(dir, 'my-bank', 'questions'), { recursive: true });
  for (const list of ['roles', 'categories', 'competencies', 'tags'])
    writeFileSync(join(dir, 'my-bank', `${list}.yaml`), stringify(bank[list]));
  for (const question of bank.questions as { id: string }[])
    writeFileSync(join(dir, 'my-bank', 'questions', `${question.id}.yaml`), stringify(question));
  // Records what each console.log call printed, by the line of the block that made it.
  writeFileSync(
    join(dir, 'record-console.cjs'),
    `const { format } = require('node:util');
const { appendFileSync } = require('node:fs');
const log = console.log;
console.log = (...args) => {
  const target = process.env.DOCS_BLOCK_FILE + ':';
  const frame = (new Error().stack ?? '').split('\\n').find((line) => line.includes(target));
  const line = frame ? Number(/:(\\d+):\\d+\\)?$/.exec(frame)?.[1] ?? 0) : 0;
  appendFileSync(process.env.DOCS_CONSOLE_LOG, JSON.stringify({ line, text: format(...args) }) + '\\n');
  log(...args);
};
`,
  );
}

/** Runs all the blocks' files in one compiler run and sorts its errors by file. */
function typeCheck(key: string, dir: string, tsc: string, module: string, files: string[]) {
  const errors = new Map<string, string[]>();
  typeErrors.set(key, errors);
  if (files.length === 0) return;
  const result = spawnSync(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--pretty',
      'false',
      // TypeScript 7 loads no @types package unless told to; the guides say to add "node".
      '--types',
      'node',
      '--module',
      module,
      '--moduleResolution',
      module,
      '--target',
      'ES2022',
      ...files,
    ],
    { cwd: dir, encoding: 'utf8' },
  );
  let current = '(outside the blocks)';
  for (const line of `${result.stdout}${result.stderr}`.split('\n')) {
    if (line.trim() === '') continue;
    const file = files.find((name) => line.startsWith(`${name}(`));
    if (file) current = file;
    else if (!line.startsWith(' ')) current = '(outside the blocks)';
    errors.set(current, [...(errors.get(current) ?? []), line]);
  }
  if (result.status !== 0 && errors.size === 0)
    errors.set('(outside the blocks)', [`tsc exited with ${result.status}`]);
}

beforeAll(() => {
  esm = install('module');
  cjs = install('commonjs');
  for (const project of [esm, cjs]) writeFixtures(project.dir);
  for (const block of runnable) {
    writeFileSync(join(esm.dir, fileFor(block, 'esm')), block.code);
    if (!isEsmOnly(block)) writeFileSync(join(cjs.dir, fileFor(block, 'cjs')), block.code);
  }
  const ts = runnable.filter((block) => block.lang === 'ts');
  const mts = ts.map((block) => fileFor(block, 'esm'));
  const cts = ts.filter((block) => !isEsmOnly(block)).map((block) => fileFor(block, 'cjs'));
  typeCheck('5 esm', esm.dir, ts5Bin(esm.dir), 'NodeNext', mts);
  typeCheck('5 cjs', cjs.dir, ts5Bin(cjs.dir), 'Node16', cts);
  if (!esm.ts7Problem) typeCheck('7 esm', esm.dir, ts7Bin(esm.dir), 'NodeNext', mts);
  if (!cjs.ts7Problem) typeCheck('7 cjs', cjs.dir, ts7Bin(cjs.dir), 'Node16', cts);
}, 600_000);

afterAll(() => {
  for (const project of [esm, cjs])
    if (project) rmSync(dirname(project.dir), { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What each console.log call printed, by the block line it was called from. */
  readonly logged: readonly { line: number; text: string }[];
}

/** Runs one block's file in its project, typing its scripted answers if it has any. */
function runBlock(block: CodeBlock, project: Project, form: 'esm' | 'cjs'): Promise<Run> {
  const file = join(project.dir, fileFor(block, form));
  const logFile = `${file}.console.jsonl`;
  rmSync(logFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    NODE_OPTIONS: `--require ${join(project.dir, 'record-console.cjs')}`,
    DOCS_BLOCK_FILE: file,
    DOCS_CONSOLE_LOG: logFile,
  };
  delete env.FORCE_COLOR;
  // TypeScript runs through tsx, which compiles a .cts file's imports to require calls.
  // CommonJS goes through tsx's require hook alone (`node --require tsx/cjs`): on Node.js
  // 20, `tsx file.cts` loads the file through the ES module loader, where require() of an
  // ES module (the CommonJS entry of @prepdeck/sdk) fails with ERR_VM_MODULE_LINK_FAILURE.
  const [command, args] =
    block.lang === 'js'
      ? [process.execPath, [file]]
      : form === 'esm'
        ? [join(project.dir, 'node_modules', '.bin', 'tsx'), [file]]
        : [process.execPath, ['--require', 'tsx/cjs', file]];
  const script = scriptFor(block);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: project.dir, env });
    let stdout = '';
    let stderr = '';
    let answered = 0;
    let sinceAnswer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${block.name} did not finish in 60 s; output so far:\n${stdout}${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      sinceAnswer += chunk.toString();
      if (script && answered < script.answers.length && script.prompt.test(sinceAnswer)) {
        child.stdin.write(`${script.answers[answered]}\n`);
        answered++;
        sinceAnswer = '';
        if (answered === script.answers.length) child.stdin.end();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Standard input is empty for every block without scripted answers.
    if (!script) child.stdin.end();
    child.on('close', (status) => {
      clearTimeout(timer);
      const logged = existsSync(logFile)
        ? readFileSync(logFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [];
      resolve({ status, stdout, stderr, logged });
    });
  });
}

/** The `text output` block right after a runnable block, if there is one. */
function outputBlockAfter(block: CodeBlock): CodeBlock | undefined {
  const next = blocks[blocks.indexOf(block) + 1];
  return next?.file === block.file && next.lang === 'text' && next.flags.includes('output')
    ? next
    : undefined;
}

/** The problems between what the block's comments say it prints and what it printed. */
function commentMismatches(block: CodeBlock, run: Run): string[] {
  const problems: string[] = [];
  for (const { line, comment } of outputComments(block.code)) {
    const printed = run.logged.filter((entry) => entry.line === line);
    const first = printed[0];
    if (!first) {
      if (checkComment(comment, '').checked)
        problems.push(`line ${line}: says "${comment}" but the console.log there never ran`);
      continue;
    }
    const check = checkComment(comment, first.text);
    if (check.checked && !check.ok)
      problems.push(`line ${line}: the comment says ${check.expected}\n  it printed ${first.text}`);
  }
  return problems;
}

async function expectRuns(block: CodeBlock, project: Project, form: 'esm' | 'cjs') {
  const run = await runBlock(block, project, form);
  expect(run.stderr, `stderr of ${fileFor(block, form)}`).toBe('');
  expect(run.status, `exit code of ${fileFor(block, form)}; stdout:\n${run.stdout}`).toBe(0);
  expect(commentMismatches(block, run), 'output comments that disagree with the output').toEqual(
    [],
  );
  const output = outputBlockAfter(block);
  if (output)
    expect(`\n${run.stdout}`, `the output shown at ${output.name}`).toContain(`\n${output.code}`);
}

function expectTypeChecks(
  block: CodeBlock,
  compiler: '5' | '7',
  form: 'esm' | 'cjs',
  skip: (condition: boolean, note: string) => void,
) {
  const project = form === 'esm' ? esm : cjs;
  // Only the TypeScript 7 pass may be skipped, and only when it cannot be installed or run.
  if (compiler === '7') skip(project.ts7Problem !== undefined, `skipped: ${project.ts7Problem}`);
  const errors = typeErrors.get(`${compiler} ${form}`);
  expect(errors, 'the compiler ran').toBeDefined();
  expect(errors?.get(fileFor(block, form)) ?? []).toEqual([]);
}

describe('the code blocks of README.md and docs/', () => {
  it('are found in the README and the guides', () => {
    expect(runnable.some((block) => block.file === 'README.md')).toBe(true);
    const guides = new Set(blocks.map((block) => block.file).filter((f) => f.includes('guides/')));
    expect(guides.size).toBeGreaterThanOrEqual(6);
    expect(blocks.some((block) => block.file === 'docs/questions.md')).toBe(false);
  });

  it.each(blocks.map((block) => [block.name, block] as const))(
    '%s names its language and known markers',
    (_, block) => {
      expect(infoStringProblem(block)).toBeUndefined();
    },
  );

  it('has a runnable block before each text output block', () => {
    for (const block of blocks.filter((b) => b.lang === 'text' && b.flags.includes('output'))) {
      const before = blocks[blocks.indexOf(block) - 1];
      expect(before && before.file === block.file && kindOf(before), block.name).toBe('runnable');
    }
  });

  it('scripts the input of blocks that exist', () => {
    for (const entry of SCRIPTED_INPUT)
      expect(runnable.filter((block) => scriptFor(block) === entry)).toHaveLength(1);
  });
});

describe.each(runnable.map((block) => [`${block.name} (${block.info})`, block] as const))(
  '%s',
  (_, block) => {
    it('says where it runs: the esm marker, its comment and the code agree', () => {
      expect(moduleStyleProblem(block)).toBeUndefined();
    });

    it('runs as an ES module, with empty stderr and the output its comments show', async () => {
      await expectRuns(block, esm, 'esm');
    });

    if (!isEsmOnly(block))
      it('runs as CommonJS, with empty stderr and the output its comments show', async () => {
        await expectRuns(block, cjs, 'cjs');
      });

    if (block.lang === 'ts') {
      it('type-checks with TypeScript 5.9 as .mts (NodeNext)', ({ skip }) => {
        expectTypeChecks(block, '5', 'esm', skip);
      });
      it('type-checks with TypeScript 7 as .mts (NodeNext)', ({ skip }) => {
        expectTypeChecks(block, '7', 'esm', skip);
      });
      if (!isEsmOnly(block)) {
        it('type-checks with TypeScript 5.9 as .cts (Node16)', ({ skip }) => {
          expectTypeChecks(block, '5', 'cjs', skip);
        });
        it('type-checks with TypeScript 7 as .cts (Node16)', ({ skip }) => {
          expectTypeChecks(block, '7', 'cjs', skip);
        });
      }
    }
  },
);

describe('type-checking the blocks', () => {
  it('reports no errors outside the blocks (declarations, options)', () => {
    for (const [key, errors] of typeErrors)
      expect(errors.get('(outside the blocks)') ?? [], key).toEqual([]);
  });
});

describe.each(data.map((block) => [`${block.name} (${block.info})`, block] as const))(
  '%s',
  (_, block) => {
    it(
      isFragment(block) ? 'parses (a fragment)' : 'parses, and validates as a bank or question',
      () => {
        let value: unknown;
        if (block.lang === 'json') value = JSON.parse(block.code);
        else {
          const document = parseDocument(block.code);
          expect([...document.errors, ...document.warnings].map(String)).toEqual([]);
          value = document.toJS();
        }
        const source = sourceFileOf(block);
        if (source) expect(block.code).toBe(readFileSync(join(REPO, source), 'utf8'));
        if (isFragment(block) || typeof value !== 'object' || value === null) return;

        const load = createRequire(join(esm.dir, 'package.json'));
        const { safeParseBank } = load('@prepdeck/schema');
        const { bank } = load('@prepdeck/questions');
        const record = value as Record<string, unknown>;
        let candidate: unknown;
        if ('questions' in record) candidate = record;
        else if ('id' in record && 'guidance' in record)
          candidate = {
            ...bank,
            questions: [
              ...bank.questions.filter((q: { id: string }) => q.id !== record.id),
              record,
            ],
          };
        if (candidate === undefined) return;
        const result = safeParseBank(candidate);
        expect(result.success ? [] : result.error.issues).toEqual([]);
      },
    );
  },
);
