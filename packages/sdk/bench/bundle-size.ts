import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/*
 * Bundle-size check: small entry files that import from `@prepdeck/sdk` are bundled with
 * esbuild (minified, tree-shaken ESM, `@prepdeck/sdk` resolved to src/index.ts) and the
 * output is gzipped at level 9. `test/bundle-size.test.ts` asserts the limits; run this
 * file with tsx to print the sizes and the modules that make them up.
 */

const SDK_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SDK_ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** An entry file to bundle and the most it may weigh gzipped. */
export interface BundleCase {
  /** A name for messages. */
  readonly name: string;
  /** The SDK exports the entry imports and re-exports, so that they are kept. */
  readonly imports: readonly string[];
  /** The most the bundle may weigh gzipped, in bytes. */
  readonly gzipLimit: number;
}

export const BUNDLE_CASES: readonly BundleCase[] = [
  {
    name: 'query, shuffle, sample and createDeck',
    imports: ['query', 'shuffle', 'sample', 'createDeck'],
    gzipLimit: 4096,
  },
  { name: 'shuffle alone', imports: ['shuffle'], gzipLimit: 800 },
];

/** One source module's share of a bundle, before gzip. */
export interface ModuleShare {
  /** The module's path, relative to packages/sdk. */
  readonly path: string;
  /** The bytes it contributes to the minified output. */
  readonly bytes: number;
}

/** A measured bundle. */
export interface BundleSize {
  readonly name: string;
  readonly gzipLimit: number;
  /** The SDK exports the entry imports. */
  readonly imports: readonly string[];
  /** The entry file's source. */
  readonly entry: string;
  /** The minified output. */
  readonly code: string;
  /** Minified bytes. */
  readonly bytes: number;
  /** Gzipped bytes (zlib level 9). */
  readonly gzipBytes: number;
  /** What each bundled module contributes, largest first. */
  readonly modules: readonly ModuleShare[];
  /** The input paths esbuild read. */
  readonly inputs: readonly string[];
  /** Imports left in the output (external ones), such as `node:` built-ins. */
  readonly externalImports: readonly string[];
}

const resolveSdk: Plugin = {
  name: 'resolve-prepdeck-sdk',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@prepdeck\/sdk$/ }, () => ({ path: SDK_ENTRY }));
  },
};

/** The entry file of a case: `import { ... } from '@prepdeck/sdk'`, re-exported. */
export function entrySource(imports: readonly string[]): string {
  const list = imports.join(', ');
  return `import { ${list} } from '@prepdeck/sdk';\nexport { ${list} };\n`;
}

/**
 * Bundles one case with esbuild and gzips the output.
 *
 * @param bundleCase - The entry to bundle and its limit.
 * @returns The sizes, the output and the modules that make it up.
 */
export async function measureBundle(bundleCase: BundleCase): Promise<BundleSize> {
  const entry = entrySource(bundleCase.imports);
  const result = await build({
    stdin: { contents: entry, resolveDir: SDK_ROOT, sourcefile: 'entry.ts', loader: 'ts' },
    absWorkingDir: SDK_ROOT,
    outfile: 'bundle.js',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['node:*'],
    plugins: [resolveSdk],
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`${bundleCase.name}: esbuild wrote no output.`);
  const code = output.text;
  const meta = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(meta?.inputs ?? {})
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .filter((share) => share.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  return {
    name: bundleCase.name,
    gzipLimit: bundleCase.gzipLimit,
    imports: bundleCase.imports,
    entry,
    code,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    modules,
    inputs: Object.keys(result.metafile.inputs),
    externalImports: (meta?.imports ?? []).map((imported) => imported.path),
  };
}

/** A few lines: the sizes against the limit, and what each module contributes. */
export function describeBundle(size: BundleSize): string {
  const status = size.gzipBytes <= size.gzipLimit ? 'within' : 'OVER';
  const lines = [
    `${size.name}: ${size.gzipBytes} B gzipped (${status} the limit of ${size.gzipLimit} B), ${size.bytes} B minified`,
    ...size.modules.map((share) => `  ${String(share.bytes).padStart(6)} B  ${share.path}`),
  ];
  return lines.join('\n');
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  for (const bundleCase of BUNDLE_CASES)
    console.log(describeBundle(await measureBundle(bundleCase)));
}
