// Fails when the production bundle pulls in zod or anything that only runs on Node.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const assets = join(root, 'dist', 'assets');

/** What must not appear in browser code, with why. */
export const FORBIDDEN = [
  { pattern: /\bzod\b|\$ZodType|ZodError|\bz\.object\(/, reason: 'zod (the schema package)' },
  { pattern: /@prepdeck\/schema/, reason: '@prepdeck/schema' },
  { pattern: /["'`]node:[a-z_/]+["'`]/, reason: 'a node: import' },
  {
    pattern:
      /\brequire\s*\(\s*["'`](?:fs|path|os|url|util|crypto|module|child_process|stream|buffer|events|http|https|zlib|worker_threads)["'`]\s*\)/,
    reason: 'a require() of a Node built-in',
  },
  {
    pattern:
      /\bfrom\s*["'`](?:fs|path|os|url|util|module|child_process|stream|buffer|http|https|zlib|worker_threads)(?:\/[a-z]+)?["'`]/,
    reason: 'an import of a Node built-in',
  },
  { pattern: /\bprocess\.[A-Za-z_$]/, reason: 'process.*' },
  { pattern: /\b__dirname\b|\b__filename\b/, reason: '__dirname / __filename' },
  { pattern: /\bBuffer\.(?:from|alloc|isBuffer)\b/, reason: 'Buffer' },
  { pattern: /\bcreateRequire\b/, reason: 'createRequire' },
];

/** Returns one message per forbidden pattern found in the bundle's JavaScript. */
export function checkBundle(dir = assets) {
  if (!existsSync(dir)) return [`${relative(root, dir)} does not exist: run vite build first.`];
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  if (files.length === 0) return [`no .js files in ${relative(root, dir)}.`];
  const problems = [];
  for (const name of files) {
    const code = readFileSync(join(dir, name), 'utf8');
    for (const { pattern, reason } of FORBIDDEN) {
      const match = pattern.exec(code);
      if (match) {
        const at = match.index;
        const context = code.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
        problems.push(`${name}: ${reason}: ...${context}...`);
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkBundle();
  if (problems.length > 0) {
    console.error(`Bundle check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const files = readdirSync(assets).filter((name) => name.endsWith('.js'));
  console.log(`Bundle check passed: no zod and no Node built-ins in ${files.join(', ')}.`);
}
