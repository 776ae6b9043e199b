import { readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

const categoryEntries = Object.fromEntries(
  readdirSync('src/generated/categories')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`categories/${file.slice(0, -3)}`, `src/generated/categories/${file}`]),
);

export default defineConfig({
  entry: { index: 'src/index.ts', ...categoryEntries },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  splitting: true,
  async onSuccess() {
    const { bank } = await import(pathToFileURL(resolve('dist/index.js')).href);
    writeFileSync('dist/bank.json', `${JSON.stringify(bank, null, 2)}\n`);
  },
});
