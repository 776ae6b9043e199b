import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAUNCHER = join(import.meta.dirname, '..', 'scripts', 'prepdeck.mjs');

describe('pnpm prepdeck in a clone', () => {
  it('says what to run when the CLI has not been built, without a stack trace', () => {
    // The launcher beside an empty packages/ folder: a clone before the setup step.
    const clone = mkdtempSync(join(tmpdir(), 'prepdeck-clone-'));
    mkdirSync(join(clone, 'scripts'));
    mkdirSync(join(clone, 'packages'));
    copyFileSync(LAUNCHER, join(clone, 'scripts', 'prepdeck.mjs'));
    const result = spawnSync(process.execPath, [join(clone, 'scripts', 'prepdeck.mjs'), 'ask'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'prepdeck is not built yet in this clone. Run bash scripts/setup.sh',
    );
    expect(result.stderr).not.toMatch(/MODULE_NOT_FOUND|^\s+at /m);
  });

  it('runs the built CLI with the arguments it is given', () => {
    const result = spawnSync(process.execPath, [LAUNCHER, '--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
