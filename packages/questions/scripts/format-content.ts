/**
 * Rewrites the YAML sources in content/ in their canonical layout (see canonical-yaml.ts).
 * With `--check`, changes nothing and exits 1 listing the files that are not canonical.
 * With file paths (relative to the package, such as `content/key-accounts/x.yaml`), only
 * those files are formatted.
 * Run from the repository root as `pnpm format` (or `pnpm lint` to check).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatContentYaml } from './canonical-yaml.js';
import { contentFilesByKind } from './content-files-by-kind.js';
import { ContentLoadError, loadContent } from './load-content.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const only = new Set(
  process.argv
    .slice(2)
    .filter((arg) => !arg.startsWith('--'))
    .map((arg) => arg.replace(/^packages\/questions\//, '')),
);

let files: ReturnType<typeof contentFilesByKind>;
try {
  files = contentFilesByKind(loadContent(packageDir));
} catch (error) {
  if (!(error instanceof ContentLoadError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const changed: string[] = [];
for (const { file, kind } of files) {
  if (only.size > 0 && !only.has(file.path)) continue;
  const formatted = formatContentYaml(file.text, kind);
  if (formatted === file.text) continue;
  changed.push(file.path);
  if (!check) writeFileSync(join(packageDir, file.path), formatted);
}

if (check && changed.length > 0) {
  console.error(`${changed.length} content file(s) not in the canonical layout:`);
  for (const path of changed) console.error(`  packages/questions/${path}`);
  console.error('Run `pnpm format` to rewrite them.');
  process.exit(1);
}
console.log(
  check
    ? `All ${files.length} content files are in the canonical layout.`
    : `Formatted ${changed.length} of ${files.length} content files.`,
);
