import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', format: 'src/format/index.ts', coach: 'src/coach/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
});
