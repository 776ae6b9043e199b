/**
 * Prints, as Markdown, what changed in the question bank between a git revision (by
 * default `main`) and the working tree: questions and vocabulary entries added, removed
 * and changed, with the changed fields. Run from the repository root as
 * `pnpm diff:content [ref]`; CI writes it to the pull request's job summary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffBanks, renderBankDiff } from './bank-diff.js';
import { writeContentAtRef } from './content-at-ref.js';
import { loadContent } from './load-content.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const ref = process.argv[2] ?? 'main';

const baseDir = mkdtempSync(join(tmpdir(), 'prepdeck-content-'));
try {
  let files = 0;
  try {
    files = writeContentAtRef(packageDir, ref, baseDir);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    console.error(`Cannot read content/ at ${ref}: ${stderr || (error as Error).message}`);
    process.exit(2);
  }
  const empty = { roles: [], categories: [], competencies: [], tags: [], questions: [] };
  const before = files === 0 ? empty : loadContent(baseDir).rawBank;
  const after = loadContent(packageDir).rawBank;
  process.stdout.write(renderBankDiff(diffBanks(before, after), ref));
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}
