import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from './write-file-atomically.js';

const folder = () => mkdtempSync(join(tmpdir(), 'prepdeck-write-'));

describe('writeFileAtomically', () => {
  it('creates a file, and replaces an existing one', async () => {
    const dir = folder();
    const file = join(dir, 'kit.md');
    await writeFileAtomically(file, 'first\n');
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    await writeFileAtomically(file, 'second\n');
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(readdirSync(dir)).toEqual(['kit.md']);
  });

  it('leaves no temporary file and the target untouched when the rename fails', async () => {
    const dir = folder();
    const target = join(dir, 'out');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomically(target, 'text')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });
});
