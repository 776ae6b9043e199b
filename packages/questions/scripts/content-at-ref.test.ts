import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeContentAtRef } from './content-at-ref.js';

/** A throwaway repository with a package whose content/ has two commits. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'prepdeck-ref-'));
  const packageDir = join(root, 'packages', 'questions');
  const git = (...args: string[]) =>
    execFileSync('git', [
      '-C',
      root,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      ...args,
    ]);
  git('init', '-q');
  mkdirSync(join(packageDir, 'content', 'billing'), { recursive: true });
  writeFileSync(join(packageDir, 'content', 'tags.yaml'), '- id: first\n');
  writeFileSync(join(packageDir, 'content', 'billing', 'q one.yaml'), 'id: q-one\ntext: é?\n');
  writeFileSync(join(packageDir, 'outside.txt'), 'not content\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  writeFileSync(join(packageDir, 'content', 'tags.yaml'), '- id: second\n');
  git('commit', '-q', '-am', 'second');
  writeFileSync(join(packageDir, 'content', 'tags.yaml'), '- id: uncommitted\n');
  return packageDir;
}

describe('writeContentAtRef', () => {
  it('writes content/ as it was at a revision, bytes and nested paths intact', () => {
    const packageDir = repository();
    const destination = mkdtempSync(join(tmpdir(), 'prepdeck-base-'));
    expect(writeContentAtRef(packageDir, 'HEAD~1', destination)).toBe(2);
    expect(readFileSync(join(destination, 'content', 'tags.yaml'), 'utf8')).toBe('- id: first\n');
    expect(readFileSync(join(destination, 'content', 'billing', 'q one.yaml'), 'utf8')).toBe(
      'id: q-one\ntext: é?\n',
    );
  });

  it('reads the committed version, not the working tree', () => {
    const packageDir = repository();
    const destination = mkdtempSync(join(tmpdir(), 'prepdeck-base-'));
    writeContentAtRef(packageDir, 'HEAD', destination);
    expect(readFileSync(join(destination, 'content', 'tags.yaml'), 'utf8')).toBe('- id: second\n');
    expect(readFileSync(join(packageDir, 'content', 'tags.yaml'), 'utf8')).toBe(
      '- id: uncommitted\n',
    );
  });

  it('throws with git’s message for an unknown revision', () => {
    const packageDir = repository();
    expect(() => writeContentAtRef(packageDir, 'no-such-ref', tmpdir())).toThrow(/no-such-ref/);
  });
});
