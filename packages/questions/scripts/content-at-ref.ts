import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes the `content/` folder of the package at `packageDir` as it is at the git
 * revision `ref` into `destination/content/`, so `loadContent(destination)` reads that
 * version. Reads the tree and every file with two git processes; the working tree and
 * index are left alone. Throws with git's message when `ref` does not exist.
 *
 * @example
 * ```ts
 * writeContentAtRef(packageDir, 'origin/main', mkdtempSync(join(tmpdir(), 'base-')));
 * ```
 */
export function writeContentAtRef(packageDir: string, ref: string, destination: string): number {
  const git = (args: string[], input?: string) =>
    execFileSync('git', ['-C', packageDir, ...args], {
      input,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  // "<mode> blob <object>\t<path>" per file, NUL-terminated, paths relative to packageDir.
  const entries = git(['ls-tree', '-r', '-z', ref, '--', 'content'])
    .toString('utf8')
    .split('\0')
    .filter((line) => line.length > 0)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [, type, object] = line.slice(0, tab).split(' ');
      return { type, object: object ?? '', path: line.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob');
  if (entries.length === 0) return 0;

  // `git cat-file --batch` answers "<object> blob <size>\n<bytes>\n" for each object.
  const output = git(['cat-file', '--batch'], `${entries.map((e) => e.object).join('\n')}\n`);
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const body = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    const file = join(destination, entry.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  return entries.length;
}
