import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliResult, REPO, runCli } from './run-cli.js';

/** What no run of the binary shows, whatever it was given: a stack trace or a JS error. */
function expectNoCrash(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
  for (const text of ['TypeError', 'RangeError', 'unexpected error', 'PrepdeckError'])
    expect(result.stderr).not.toContain(text);
  // Raw escape sequences or carriage returns from the arguments would reach the terminal.
  for (const control of ['\u001b', '\r', '\u0007']) expect(result.stderr).not.toContain(control);
}

describe('prepdeck as a process, given hostile flag values', () => {
  it.each([
    [['show', '\u001b[31mred'], 1, 'No question has the id "\\u001b[31mred".'],
    [['ask', '--bank', 'over\rwritten.json'], 1, 'Cannot read over\\rwritten.json: no such file.'],
    [['kit', '--minutes', '\u0007'], 2, 'Expected a whole number from 1 up.'],
    [['export', '--format', 'anki', '--deck', 'two\nlines'], 2, 'Expected a deck name on one line'],
    [['export', '--format', 'md', '--out', ''], 2, 'Expected a file name.'],
    [['ask', '--category', '\u202eevil'], 2, 'Unknown category "\\u202eevil" in --category.'],
  ])('%j exits %i with a message and no stack trace', (args, code, message) => {
    const before = readdirSync(REPO);
    const result = runCli(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expectNoCrash(result);
    expect(readdirSync(REPO)).toEqual(before);
  });

  it('takes a 10,000-character seed', () => {
    const result = runCli(['ask', '-n', '1', '--seed', 'x'.repeat(10_000), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expectNoCrash(result);
  });

  it('refuses a bank file over the size limit without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepdeck-big-bank-'));
    try {
      const file = join(dir, 'my-bank.json');
      writeFileSync(file, '');
      truncateSync(file, Math.round(70.25 * 1024 * 1024));
      const result = runCli(['validate', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`${file} is 70.2 MB; prepdeck reads bank files of up to 64 MB.\n`);
      expectNoCrash(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
