import { defineConfig } from 'tsup';

/*
 * One implementation, in ESM: `dist/<entry>.js`, minified (the package's installed size
 * is budgeted) with function names kept. CommonJS users get it through
 * `dist/<entry>.cjs`, which `require`s the ESM build (Node.js 20.19+ and 22.12+ load ES
 * modules with `require`), so both module systems share one copy of every function and
 * class: no dual-package hazard, and half the bytes. The declarations are written once,
 * as `dist/<entry>.d.cts`; `dist/<entry>.d.ts` re-exports them for ESM users.
 * `scripts/write-entry-shims.mjs` writes the two small files per entry after the build.
 * tsup runs the two configs at once, so neither cleans dist/: the build script empties it
 * first.
 */
const entry = {
  index: 'src/index.ts',
  format: 'src/format/index.ts',
  coach: 'src/coach/index.ts',
  kit: 'src/kit/index.ts',
};

export default defineConfig([
  {
    entry,
    format: ['esm'],
    target: 'es2022',
    treeshake: true,
    splitting: true,
    minify: true,
    keepNames: true,
  },
  {
    entry,
    format: ['cjs'],
    dts: { only: true },
    target: 'es2022',
  },
]);
