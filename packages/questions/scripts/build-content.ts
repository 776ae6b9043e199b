/**
 * Builds the question bank from content/: loads the YAML sources, validates them (schema,
 * lint rules, cross-references) and writes the generated modules in src/generated/ and
 * the catalog in docs/questions.md. Exits 1, listing every problem by file, when the
 * content is invalid.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalog, withReadmeSummary } from './generate-catalog.js';
import { generateModules } from './generate-modules.js';
import { ContentLoadError, loadContent } from './load-content.js';
import { validateContent } from './validate-content.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogPath = join(packageDir, '..', '..', 'docs', 'questions.md');
const readmePath = join(packageDir, '..', '..', 'README.md');

function fail(lines: readonly string[]): never {
  console.error(`The question content is invalid (${lines.length} problems):`);
  for (const line of lines) console.error(`  ${line}`);
  process.exit(1);
}

let content: ReturnType<typeof loadContent>;
try {
  content = loadContent(packageDir);
} catch (error) {
  if (error instanceof ContentLoadError) fail([error.message]);
  throw error;
}
const validation = validateContent(content);
if (!validation.ok) fail(validation.problems);

const files = generateModules(validation.bank);
rmSync(join(packageDir, 'src', 'generated'), { recursive: true, force: true });
for (const [path, text] of files) {
  mkdirSync(dirname(join(packageDir, path)), { recursive: true });
  writeFileSync(join(packageDir, path), text);
}
writeFileSync(catalogPath, generateCatalog(validation.bank));
writeFileSync(readmePath, withReadmeSummary(readFileSync(readmePath, 'utf8'), validation.bank));
const generatedCount = readdirSync(join(packageDir, 'src', 'generated', 'categories')).length;
console.log(
  `Built ${validation.bank.questions.length} questions in ${generatedCount} categories; wrote src/generated/, docs/questions.md and the README summary.`,
);
