import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Bank } from '@prepdeck/schema';
import { CliError } from './cli-error.js';

/** Reads a JSON or YAML file, naming the file and the reason when it cannot. */
export async function readDataFile(file: string): Promise<unknown> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message;
    throw new CliError(`Cannot read ${file}: ${reason}.`);
  }
  const yaml = ['.yaml', '.yml'].includes(extname(path).toLowerCase());
  try {
    if (yaml) {
      const { parse } = await import('yaml');
      return parse(text, { prettyErrors: true });
    }
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file} is not valid ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
}

/** Reads and validates a custom bank, or throws a CliError listing every issue. */
export async function readBankFile(file: string): Promise<Bank> {
  const data = await readDataFile(file);
  const { safeParseBank } = await import('@prepdeck/schema');
  const result = safeParseBank(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path || '(bank)'}: ${issue.message}`);
  throw new CliError(
    `${file} is not a valid bank (${result.error.issues.length} issues):\n${lines.join('\n')}`,
  );
}

/** The bank to use: a custom bank from `--bank`, or the embedded one. */
export async function loadBank(file: string | undefined): Promise<Bank> {
  if (file !== undefined) return readBankFile(file);
  const { bank } = await import('@prepdeck/questions');
  return bank;
}
