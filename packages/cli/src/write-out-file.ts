import { CliError } from './cli-error.js';
import { fileErrorReason } from './file-errors.js';
import { writeFileAtomically } from './write-file-atomically.js';

/**
 * Writes a command's `--out` file all or nothing (see {@link writeFileAtomically}), or
 * throws a CliError that names the file and says why, in words.
 */
export async function writeOutFile(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    throw new CliError(`Cannot write ${path}: ${fileErrorReason(error, 'write', path)}.`);
  }
}
