import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `text` to `path` so that a reader never sees half a file, and a crash or power
 * cut leaves the old file or the new one: a temporary file beside it
 * (`<path>.tmp-<pid>-<time>`) is written and flushed to disk, renamed over the old one,
 * and the folder is flushed so the rename itself is on disk (what SQLite's authors ask of
 * a rename-based save). When anything fails the temporary file is removed, the old file is
 * left as it was, and the error is thrown on.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    const file = await open(temporary, 'wx');
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Flushes a folder's entries to disk. Some systems cannot open or flush a folder (Windows
 * refuses with EISDIR or EPERM); there the rename is as durable as the system makes it.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP'].includes(code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}
