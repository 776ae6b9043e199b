import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `text` to `path` so that a reader never sees half a file: a temporary file
 * beside it (`<path>.tmp-<pid>-<time>`), then a rename over the old one. When anything
 * fails the temporary file is removed, the old file is left as it was, and the error is
 * thrown on.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
