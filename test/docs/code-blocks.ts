import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * The fenced code blocks of the root README and the docs, and the conventions their
 * fences follow:
 *
 * - Every fence names its language. `ts` and `js` blocks are run; `json` and `yaml` blocks
 *   are parsed (and validated when they hold a bank or a question); `sh`, `text` and any
 *   other language are shown, not run.
 * - A `ts` or `js` block with nothing else in its info string runs both as an ES module
 *   and as CommonJS. `ts esm` (or `js esm`) marks code that only runs as an ES module
 *   (top-level await, `import.meta`); such a block opens with the comment
 *   {@link ESM_COMMENT}, which a reader sees where the info string is hidden.
 * - `json fragment` and `yaml fragment` mark a part of a bank or question, only parsed.
 * - `yaml source=<path>` says the block is that repository file, word for word.
 * - `text output` is a run of lines that the runnable block before it prints.
 */

export interface CodeBlock {
  /** The Markdown file, relative to the repository root. */
  readonly file: string;
  /** The line of the opening fence, from 1. */
  readonly line: number;
  /** The fence's info string. */
  readonly info: string;
  /** The info string's first word, lower-cased; empty when the fence names no language. */
  readonly lang: string;
  /** The info string's other words. */
  readonly flags: readonly string[];
  readonly code: string;
  /** `file:line`, for test names. */
  readonly name: string;
}

export type BlockKind = 'runnable' | 'data' | 'shown';

const RUNNABLE = new Set(['ts', 'js']);
const DATA = new Set(['json', 'yaml']);
const FLAGS: Readonly<Record<string, readonly RegExp[]>> = {
  ts: [/^esm$/],
  js: [/^esm$/],
  json: [/^fragment$/],
  yaml: [/^fragment$/, /^source=\S+$/],
  text: [/^output$/],
};

/** The comment an `esm` block starts with, with the reasons in parentheses. */
export const ESM_COMMENT =
  /^\/\/ ES module \(([^)]+)\): a \.mjs\/\.mts file or "type": "module"\.$/;

/**
 * README.md, each package's README (what npm shows) and every Markdown file under docs/,
 * except the generated ones.
 */
export function documentationFiles(repo: string): string[] {
  const docs = readdirSync(join(repo, 'docs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(repo, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .filter((file) => file !== 'docs/questions.md' && !file.startsWith('docs/api/'))
    .sort();
  const packages = ['schema', 'questions', 'sdk', 'cli'].map(
    (name) => `packages/${name}/README.md`,
  );
  return ['README.md', ...packages, ...docs];
}

/** The fenced code blocks of a Markdown file, in order (indented fences included). */
export function extractBlocks(repo: string, file: string): CodeBlock[] {
  const lines = readFileSync(join(repo, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,}|~{3,})(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', rest = ''] = open;
    const info = rest.trim();
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const close = /^ *(`{3,}|~{3,}) *$/.exec(line);
      if (close?.[1]?.[0] === fence[0] && (close?.[1]?.length ?? 0) >= fence.length) break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: the fence is never closed`);
    const [lang = '', ...flags] = info.split(/\s+/).filter(Boolean);
    blocks.push({
      file,
      line: i + 1,
      info,
      lang: lang.toLowerCase(),
      flags,
      code: body.length > 0 ? `${body.join('\n')}\n` : '',
      name: `${file}:${i + 1}`,
    });
    i = j;
  }
  return blocks;
}

export function kindOf(block: CodeBlock): BlockKind {
  if (RUNNABLE.has(block.lang)) return 'runnable';
  if (DATA.has(block.lang)) return 'data';
  return 'shown';
}

export const isEsmOnly = (block: CodeBlock) => block.flags.includes('esm');
export const isFragment = (block: CodeBlock) => block.flags.includes('fragment');
export const sourceFileOf = (block: CodeBlock) =>
  block.flags.find((flag) => flag.startsWith('source='))?.slice('source='.length);

/** What is wrong with a fence's info string, or undefined. */
export function infoStringProblem(block: CodeBlock): string | undefined {
  if (block.lang === '')
    return 'the fence names no language: write ```ts, ```json, ```sh, ```text, ...';
  const allowed = FLAGS[block.lang] ?? [];
  const unknown = block.flags.filter((flag) => !allowed.some((pattern) => pattern.test(flag)));
  if (unknown.length > 0)
    return `unknown word(s) in the info string "${block.info}": ${unknown.join(', ')}`;
  return undefined;
}

/** What in a block's code needs an ES module: top-level await, import.meta. */
export function esmOnlyFeatures(block: CodeBlock): string[] {
  const source = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const visit = (node: ts.Node, inFunction: boolean) => {
    if (!inFunction && ts.isAwaitExpression(node)) found.add('top-level await');
    if (!inFunction && ts.isForOfStatement(node) && node.awaitModifier)
      found.add('top-level await');
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword)
      found.add('import.meta');
    const boundary = ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node);
    ts.forEachChild(node, (child) => visit(child, inFunction || boundary));
  };
  visit(source, false);
  return [...found];
}

/**
 * What is wrong with how a runnable block says where it runs: the `esm` marker, the
 * comment a reader sees, and the code must agree. Undefined when they do.
 */
export function moduleStyleProblem(block: CodeBlock): string | undefined {
  const features = esmOnlyFeatures(block);
  const firstLine = block.code.split('\n')[0] ?? '';
  const comment = ESM_COMMENT.exec(firstLine);
  if (!isEsmOnly(block)) {
    if (comment || firstLine.startsWith('// ES module'))
      return `it starts with "${firstLine}" but its fence has no esm marker: write \`\`\`${block.lang} esm`;
    if (features.length > 0)
      return `it uses ${features.join(' and ')}, which CommonJS cannot run: mark it \`\`\`${block.lang} esm and open it with // ES module (${features.join(', ')}): a .mjs/.mts file or "type": "module". (or restructure it)`;
    return undefined;
  }
  if (!comment)
    return `an esm block starts with the comment // ES module (${features.join(', ') || '...'}): a .mjs/.mts file or "type": "module". (found "${firstLine}")`;
  const reasons = (comment[1] ?? '').split(/,\s*/);
  if (features.length === 0)
    return 'it is marked esm but uses neither top-level await nor import.meta: drop the marker and the comment';
  if (reasons.sort().join() !== [...features].sort().join())
    return `its comment gives (${comment[1]}) but the code uses ${features.join(', ')}`;
  return undefined;
}

export interface OutputComment {
  /** The line of the console.log call in the block, from 1. */
  readonly line: number;
  readonly comment: string;
}

/** The index just past the quoted string that starts at `start`, or -1. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** A line's trailing `//` comment outside strings, and whether its parentheses balance. */
function splitComment(line: string): { code: string; comment: string | undefined } {
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === "'" || char === '"' || char === '`') {
      const end = skipQuoted(line, i);
      if (end < 0) break;
      i = end - 1;
    } else if (char === '/' && line[i + 1] === '/') {
      return { code: line.slice(0, i), comment: line.slice(i + 2).trim() };
    }
  }
  return { code: line, comment: undefined };
}

const balanced = (code: string) => {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === "'" || char === '"' || char === '`') {
      const end = skipQuoted(code, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
  }
  return depth === 0;
};

/**
 * The comments that say what a console.log call prints: a trailing `// ...` on a line with
 * a one-line console.log call, or, when it has none, the comment lines right below it.
 */
export function outputComments(code: string): OutputComment[] {
  const lines = code.split('\n');
  const found: OutputComment[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('console.log(')) return;
    const { code: statement, comment } = splitComment(line);
    if (!balanced(statement)) return;
    if (comment !== undefined) {
      found.push({ line: index + 1, comment });
      return;
    }
    const below: string[] = [];
    for (let next = index + 1; next < lines.length; next++) {
      const match = /^\s*\/\/ ?(.*)$/.exec(lines[next] ?? '');
      if (!match) break;
      below.push((match[1] ?? '').trim());
    }
    if (below.length > 0) found.push({ line: index + 1, comment: below.join(' ') });
  });
  return found;
}

const normalize = (text: string) => text.replaceAll('…', '...').replace(/\s+/g, ' ').trim();

/** The length of the value (a bracketed group, string, number or keyword) at `start`, or 0. */
function valueLength(text: string, start: number): number {
  const char = text[start] ?? '';
  if (char === '[' || char === '{') {
    const stack: string[] = [];
    for (let i = start; i < text.length; i++) {
      const c = text[i] ?? '';
      if (c === "'" || c === '"') {
        const end = skipQuoted(text, i);
        if (end < 0) return 0;
        i = end - 1;
      } else if (c === '[' || c === '{') stack.push(c === '[' ? ']' : '}');
      else if (c === ']' || c === '}') {
        if (stack.pop() !== c) return 0;
        if (stack.length === 0) return i + 1 - start;
      }
    }
    return 0;
  }
  if (char === "'" || char === '"') {
    const end = skipQuoted(text, start);
    return end < 0 ? 0 : end - start;
  }
  const word = /^(?:-?\d+(?:\.\d+)?|true|false|null|undefined|NaN)(?![\w-])/.exec(
    text.slice(start),
  );
  return word ? word[0].length : 0;
}

/**
 * The value a comment says is printed, when it starts with one or more values (`25`,
 * `[ 'a', 'b' ] 4`, `true: same order`), up to the first `:`, `,` or `;` after them.
 * Undefined when the comment is prose ("3 to 7 things a strong answer covers").
 */
export function leadingValue(comment: string): string | undefined {
  let at = 0;
  const values: string[] = [];
  for (;;) {
    const length = valueLength(comment, at);
    if (length === 0) return undefined;
    values.push(comment.slice(at, at + length));
    at += length;
    const rest = comment.slice(at);
    if (rest === '' || /^[:,;](\s|$)/.test(rest)) return values.join(' ');
    if (!/^ \S/.test(rest)) return undefined;
    at += 1;
  }
}

/** Whether `actual` matches `expected`, in which `...` stands for anything. */
function matchesWithEllipses(expected: string, actual: string): boolean {
  // A value broken over comment lines gains spaces the output does not have.
  if (expected.replace(/\s/g, '') === actual.replace(/\s/g, '')) return true;
  const parts = expected.split('...');
  if (parts.length === 1) return expected === actual;
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (!actual.startsWith(first) || !actual.endsWith(last)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = actual.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return at <= actual.length - last.length;
}

export type CommentCheck =
  | { readonly checked: false }
  | { readonly checked: true; readonly ok: boolean; readonly expected: string };

/**
 * Checks what a comment says a console.log printed against what it printed, whitespace
 * folded and `...` standing for anything left out. A comment that opens with a value is
 * compared up to the end of the value; one with `...` is compared whole; a comment whose
 * first word is the output's is compared whole; any other comment is prose, not compared.
 */
export function checkComment(comment: string, printed: string): CommentCheck {
  const expected = normalize(comment);
  const actual = normalize(printed);
  if (expected === actual) return { checked: true, ok: true, expected };
  const value = leadingValue(expected);
  if (value !== undefined)
    return { checked: true, ok: matchesWithEllipses(value, actual), expected: value };
  if (expected.includes('...'))
    return { checked: true, ok: matchesWithEllipses(expected, actual), expected };
  if (expected.split(' ')[0] === actual.split(' ')[0])
    return { checked: true, ok: false, expected };
  return { checked: false };
}
