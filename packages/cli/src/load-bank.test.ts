import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bank } from '@prepdeck/questions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../test/run-in-process.js';
import { MAX_BANK_FILE_BYTES, readDataFile } from './load-bank.js';

const MB = 1024 * 1024;
let dir = '';

/** A file of `bytes` bytes that takes no room on disk: truncate extends it with a hole. */
function sparseFile(name: string, bytes: number): string {
  const file = join(dir, name);
  writeFileSync(file, '');
  truncateSync(file, bytes);
  return file;
}

const runCaptured = (args: readonly string[]) =>
  runInProcess(args, { env: { PREPDECK_HOME: dir } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'prepdeck-bank-size-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the bank file size limit', () => {
  it('is 64 MB: over ten times the built-in bank, guidance and all', () => {
    expect(MAX_BANK_FILE_BYTES).toBe(64 * MB);
    // The built-in bank as packages/questions/dist/bank.json holds it.
    const builtIn = Buffer.byteLength(`${JSON.stringify(bank, null, 2)}\n`);
    expect(builtIn).toBeGreaterThan(MB);
    expect(builtIn * 10).toBeLessThan(MAX_BANK_FILE_BYTES);
  });

  it('refuses a bigger bank before reading it, with its size and the limit', async () => {
    const file = sparseFile('my-bank.json', Math.round(70.25 * MB));
    await expect(readDataFile(file)).rejects.toThrow(
      `${file} is 70.2 MB; prepdeck reads bank files of up to 64 MB.`,
    );
    for (const args of [
      ['validate', file],
      ['ask', '--bank', file],
      ['export', '--format', 'json', '--bank', file],
    ]) {
      const result = await runCaptured(args);
      expect(result.code, args[0]).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${file} is 70.2 MB; prepdeck reads bank files of up to 64 MB.\n`);
    }
  });

  it('gives the size in bytes when, in MB, it would read as the limit itself', async () => {
    const file = sparseFile('just-over.yaml', MAX_BANK_FILE_BYTES + 1);
    await expect(readDataFile(file)).rejects.toThrow(
      `${file} is 67,108,865 bytes; prepdeck reads bank files of up to 64 MB.`,
    );
  });

  it('reads a bank of exactly the limit (this one is not valid JSON)', async () => {
    const file = sparseFile('at-limit.json', MAX_BANK_FILE_BYTES);
    await expect(readDataFile(file)).rejects.toThrow(`${file} is not valid JSON`);
  });

  it.runIf(existsSync('/dev/zero'))(
    'stops reading a stream of unknown size once it passes the limit',
    async () => {
      await expect(readDataFile('/dev/zero')).rejects.toThrow(
        '/dev/zero is more than 64 MB; prepdeck reads bank files of up to 64 MB.',
      );
    },
  );

  it('documents the limit in --help', async () => {
    for (const args of [
      ['ask', '--help'],
      ['validate', '--help'],
    ]) {
      const help = await runCaptured(args);
      expect(help.code).toBe(0);
      expect(help.stdout.replace(/\s+/g, ' '), args[0]).toContain('up to 64 MB');
    }
  });
});
