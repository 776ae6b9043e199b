import { describe, expect, it } from 'vitest';
import { BUNDLE_CASES, describeBundle, measureBundle } from '../bench/bundle-size.js';

/*
 * The SDK's weight in a browser bundle: a few imports, bundled with esbuild (minified,
 * tree-shaken) and gzipped, stay within fixed limits, with no CommonJS, Node built-ins
 * or zod pulled in. A size check, not a timing.
 */
const sizes = await Promise.all(BUNDLE_CASES.map((bundleCase) => measureBundle(bundleCase)));

describe('bundle size', () => {
  for (const size of sizes) {
    describe(`${size.name}: ${size.gzipBytes} B gzipped (limit ${size.gzipLimit} B), ${size.bytes} B minified`, () => {
      it('is within its gzipped limit', () => {
        console.log(describeBundle(size));
        expect(size.gzipBytes, describeBundle(size)).toBeLessThanOrEqual(size.gzipLimit);
      });

      it('has no require(', () => {
        expect(size.code).not.toContain('require(');
      });

      it('imports no node: built-ins', () => {
        expect(size.externalImports.filter((path) => path.startsWith('node:'))).toEqual([]);
        expect(size.code).not.toMatch(/["'`]node:/);
      });

      it('contains no zod', () => {
        expect(size.inputs.filter((path) => /(^|[\\/])zod([\\/]|$)/.test(path))).toEqual([]);
        expect(size.code).not.toMatch(/\bzod\b/i);
      });

      it('bundles the SDK sources and exports what the entry imports', () => {
        expect(size.inputs).toContain('src/index.ts');
        const exported = [...(size.code.match(/export\s*\{([^}]*)\}/)?.[1] ?? '').split(',')]
          .map((item) => item.split(' as ').pop()?.trim() ?? '')
          .sort();
        expect(exported).toEqual([...size.imports].sort());
      });
    });
  }
});
