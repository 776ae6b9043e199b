import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createConsumerProject, exportedSubpaths, PACKAGES } from './consumer-project.js';

let project = '';

beforeAll(() => {
  project = createConsumerProject();
}, 300_000);

const node = (file: string) =>
  execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8', stdio: 'pipe' });

describe('the packages as users install them', () => {
  it('import (ESM) and require (CJS) every package and subpath, with equal data', () => {
    const specifiers = PACKAGES.flatMap((name) =>
      exportedSubpaths(name).map((subpath) => `@prepdeck/${name}${subpath.slice(1)}`),
    );
    // Each module's export names, with a hash of each exported value (functions by name).
    const summarize = `
      import { createHash } from 'node:crypto';
      const hash = (v) => createHash('sha256').update(JSON.stringify(v) ?? 'undefined').digest('hex').slice(0, 16);
      const summary = (m) => Object.keys(m).sort().map((k) => [k, typeof m[k] === 'function' ? 'function ' + m[k].name : hash(m[k])]);`;
    writeFileSync(
      join(project, 'load-esm.mjs'),
      `${summarize}
      const out = {};
      for (const s of ${JSON.stringify(specifiers)}) {
        const m = s.endsWith('.json') ? (await import(s, { with: { type: 'json' } })).default : await import(s);
        out[s] = summary(m);
      }
      console.log(JSON.stringify(out));`,
    );
    writeFileSync(
      join(project, 'load-cjs.cjs'),
      `${summarize.replace("import { createHash } from 'node:crypto';", "const { createHash } = require('node:crypto');")}
      const out = {};
      for (const s of ${JSON.stringify(specifiers)}) out[s] = summary(require(s));
      console.log(JSON.stringify(out));`,
    );
    const esm = JSON.parse(node('load-esm.mjs'));
    const cjs = JSON.parse(node('load-cjs.cjs'));
    expect(Object.keys(esm)).toEqual(specifiers);
    expect(cjs).toEqual(esm);
    expect(specifiers).toContain('@prepdeck/questions/categories/key-accounts');
    expect(specifiers).toContain('@prepdeck/sdk/coach');
    expect(esm['@prepdeck/questions'].map(([name]: [string]) => name)).toEqual([
      'bank',
      'categories',
      'questions',
    ]);
    expect(esm['@prepdeck/sdk']).toContainEqual(['shuffle', 'function shuffle']);
  });

  // The same file as an ES module (.ts in a "type": "module" project) and as CommonJS
  // (.cts, whose imports compile to require calls, which reach the .d.cts declarations).
  it.each([
    ['nodenext', 'uses-api.ts', 'NodeNext', 'NodeNext'],
    ['bundler', 'uses-api.ts', 'ESNext', 'Bundler'],
    ['node16, from CommonJS', 'uses-api.cts', 'Node16', 'Node16'],
  ])('type-checks the documented API under moduleResolution %s', (_, file, module, resolution) => {
    writeFileSync(
      join(project, file),
      readFileSync(join(import.meta.dirname, 'fixtures', 'uses-api.ts'), 'utf8'),
    );
    const result = spawnSync(
      join(project, 'node_modules', '.bin', 'tsc'),
      [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        'false',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'ES2022',
        file,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('gives ESM and CommonJS users of @prepdeck/sdk the same module, not two copies', () => {
    writeFileSync(
      join(project, 'one-copy.cjs'),
      `const cjs = require('@prepdeck/sdk');
      import('@prepdeck/sdk').then((esm) => {
        const error = (() => { try { cjs.shuffle('not an array'); } catch (e) { return e; } })();
        console.log(JSON.stringify([esm.shuffle === cjs.shuffle, error instanceof esm.PrepdeckError, cjs.shuffle.name]));
      });`,
    );
    expect(JSON.parse(node('one-copy.cjs'))).toEqual([true, true, 'shuffle']);
  });

  // 100 kB until the kit and the version 2 coach came in as subpaths of their own (about
  // 150 kB with them, most of it type declarations and their documentation); the core a
  // browser app bundles is budgeted separately (test/bundle-size.test.ts).
  it('installs @prepdeck/sdk in under 160 kB, with no production dependencies', () => {
    const root = join(project, 'node_modules', '@prepdeck', 'sdk');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    const bytes = files.reduce(
      (sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size,
      0,
    );
    expect(bytes, `${bytes} bytes installed`).toBeLessThan(160_000);
  });

  it('runs the prepdeck binary from node_modules/.bin', () => {
    const result = spawnSync(
      join(project, 'node_modules', '.bin', 'prepdeck'),
      ['ask', '-n', '2', '--seed', 'consumer'],
      {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.match(/^\d\. /gm)).toHaveLength(2);
  });
});
