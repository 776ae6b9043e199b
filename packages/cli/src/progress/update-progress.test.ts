import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { emptyProgress, loadProgress, type ProgressFile, updateProgress } from './progress-file.js';

const WRITER = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'save-ratings.ts');

/** Starts a writer process that saves `count` ratings with ids `<prefix>-<n>`. */
function startWriter(file: string, prefix: string, count: number, staleMs?: number) {
  const args = ['--import', 'tsx', WRITER, file, prefix, String(count)];
  if (staleMs !== undefined) args.push(String(staleMs));
  return spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'prepdeck-store-')), 'progress.json');

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ProgressFile;

describe('updateProgress', () => {
  it('keeps every rating when 16 processes save to one file at once', async () => {
    const file = tempFile();
    const writers = Array.from({ length: 16 }, (_, w) => startWriter(file, `w${w}`, 3));
    const results = await Promise.all(writers.map(exited));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
    const saved = read(file);
    const expected = Array.from({ length: 16 }, (_, w) =>
      Array.from({ length: 3 }, (_, n) => `w${w}-${n}`),
    ).flat();
    expect(Object.keys(saved.cards).sort()).toEqual([...expected].sort());
    expect(saved.reviews.map((r) => r.id).sort()).toEqual([...expected].sort());
  }, 60_000);

  it('leaves a valid file and no stray temporary files when a writer is killed mid-save', async () => {
    const file = tempFile();
    // Fixed delays rather than random ones, so a failure can be repeated.
    for (const delay of [400, 650, 900]) {
      const writer = startWriter(file, `k${delay}`, 100_000, 2000);
      const done = exited(writer);
      await new Promise((resolve) => setTimeout(resolve, delay));
      writer.kill('SIGKILL');
      await done;
      // The next save takes over the dead writer's lock once it is stale, and tidies up.
      await updateProgress(
        file,
        new Date(),
        (p) => {
          p.reviews.push({ id: `after-${delay}`, rating: 'good', at: '', words: 0, seconds: 0 });
        },
        { staleMs: 2000 },
      );
      const saved = await loadProgress(file, new Date());
      expect(saved.reviews.at(-1)?.id).toBe(`after-${delay}`);
      const folder = join(file, '..');
      expect(readdirSync(folder).filter((name) => name.includes('.tmp-'))).toEqual([]);
      expect(readdirSync(folder)).not.toContain('progress.json.lock');
    }
  }, 60_000);

  it('never overwrites a file written by a newer version', async () => {
    const file = tempFile();
    const newer = `${JSON.stringify({ ...emptyProgress(), version: 2 })}\n`;
    writeFileSync(file, newer);
    await expect(updateProgress(file, new Date(), () => undefined)).rejects.toThrow(CliError);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });

  it('never overwrites a corrupt file, and says where the backup is', async () => {
    const file = tempFile();
    writeFileSync(file, '{"format": "prepdeck-progress", "cards": ');
    const error = await updateProgress(file, new Date(), () => undefined).catch((e) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(String(error.message)).toMatch(/a copy was saved to .*progress\.json\.bak-/);
    expect(readFileSync(file, 'utf8')).toBe('{"format": "prepdeck-progress", "cards": ');
    // Run again on the same bad file: the same backup is named, no second copy is made.
    const again = await updateProgress(file, new Date(Date.now() + 5000), () => undefined).catch(
      (e) => e,
    );
    expect(again.message).toBe(error.message);
    const folder = join(file, '..');
    expect(readdirSync(folder).filter((name) => name.includes('.bak-'))).toHaveLength(1);
  });
});
