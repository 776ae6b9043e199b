/**
 * Checks the content without writing anything: every file's shape, every lint rule and
 * the bank's cross-references, with the problems counted by rule. For writing content:
 * `pnpm --filter @prepdeck/questions check [--folder <category-id> ...] [--rule <name> ...]`
 * reports only the problems in those folders or from those rules. Exits 1 when any
 * reported problem remains.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { safeParseBank } from '@prepdeck/schema';
import { runLint } from '../lint/run-lint.js';
import { formatContentYaml } from './canonical-yaml.js';
import { contentFilesByKind } from './content-files-by-kind.js';
import { ContentLoadError, loadContent } from './load-content.js';
import { readLintContext } from './validate-content.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    folder: { type: 'string', multiple: true, default: [] },
    rule: { type: 'string', multiple: true, default: [] },
  },
});
const folders = values.folder;
const wanted = values.rule;

let content: ReturnType<typeof loadContent>;
try {
  content = loadContent(packageDir);
} catch (error) {
  if (!(error instanceof ContentLoadError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const inScope = (file: string) =>
  folders.length === 0 || folders.some((folder) => file.startsWith(`content/${folder}/`));
const lines: string[] = [];
const byRule = new Map<string, number>();
const add = (rule: string, line: string) => {
  if (wanted.length > 0 && !wanted.includes(rule)) return;
  lines.push(`${line} [${rule}]`);
  byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
};

for (const { file, kind } of contentFilesByKind(content)) {
  if (inScope(file.path) && formatContentYaml(file.text, kind) !== file.text)
    add('canonical-layout', `${file.path}: (file): not in the canonical layout; run pnpm format`);
}
const { context, problems } = readLintContext(content);
for (const problem of problems) {
  if (inScope(problem)) add('schema', problem);
}
if (context !== undefined) {
  for (const p of runLint(context)) {
    if (inScope(p.file)) add(p.rule, `${p.file}: ${p.field}: ${p.message}`);
  }
  const parsed = safeParseBank(content.rawBank);
  if (!parsed.success) {
    for (const { path, message } of parsed.error.issues) {
      const match = /^questions\[(\d+)\]\.?(.*)$/.exec(path);
      const file = match ? content.questionFiles[Number(match[1])]?.path : undefined;
      const line = file
        ? `${file}: ${match?.[2] || '(file)'}: ${message}`
        : `content: ${path}: ${message}`;
      if (file === undefined ? folders.length === 0 : inScope(file)) add('references', line);
    }
  }
}

for (const line of lines) console.log(line);
const counts = [...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ');
console.log(
  lines.length === 0
    ? `No problems in ${content.questionFiles.length} questions.`
    : `${lines.length} problems (${counts}).`,
);
process.exit(lines.length === 0 ? 0 : 1);
