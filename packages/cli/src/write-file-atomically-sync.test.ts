import { mkdtempSync, readFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

/** Every path opened through node:fs/promises, and whether its handle was flushed. */
const opened: { path: string; synced: boolean }[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle: FileHandle = await actual.open(...args);
      const entry = { path: String(args[0]), synced: false };
      opened.push(entry);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        entry.synced = true;
        return sync();
      };
      return handle;
    },
  };
});

const { writeFileAtomically } = await import('./write-file-atomically.js');

describe('writeFileAtomically, for durability', () => {
  it('flushes the temporary file before the rename, then the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepdeck-sync-'));
    const file = join(dir, 'progress.json');
    await writeFileAtomically(file, '{"saved":true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"saved":true}\n');
    expect(opened).toHaveLength(2);
    expect(opened[0]?.path.startsWith(`${file}.tmp-`)).toBe(true);
    expect(opened[0]?.synced).toBe(true);
    expect(opened[1]).toEqual({ path: dir, synced: true });
  });
});
