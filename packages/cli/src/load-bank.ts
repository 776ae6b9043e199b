import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Bank } from '@prepdeck/schema';
import { CliError } from './cli-error.js';
import { fileErrorReason } from './file-errors.js';
import { plural } from './render/plural.js';

const MEGABYTE = 1024 * 1024;

/**
 * The largest bank file prepdeck reads, in bytes: 64 MB, counting 1,048,576 bytes to the MB.
 *
 * The built-in bank (packages/questions/dist/bank.json) is 3.4 MB for 354 questions, about
 * 9.5 kB a question with its guidance (key points, red flags, rubric anchors, a sample and
 * a weak answer, follow-ups), so 64 MB holds some 7,000 questions like them: twenty times
 * the built-in bank. The SDK's 150,000-question benchmark bank is 47 MB of JSON with no
 * guidance at all, and fits too. A bigger file is more likely a mistake (a log, a dump, a
 * device) than a bank, and would take seconds and hundreds of MB of memory to read before
 * anything is shown: JSON parses at about 160 MB a second, YAML some thirty times slower.
 */
export const MAX_BANK_FILE_BYTES = 64 * MEGABYTE;

/** The limit as the messages and help show it: `64 MB`. */
export const MAX_BANK_FILE_SIZE = `${MAX_BANK_FILE_BYTES / MEGABYTE} MB`;

/**
 * A size in MB, rounded down to one decimal so that it never overstates; in bytes when
 * that would read as the limit itself (`64.0 MB`).
 */
function describeSize(bytes: number): string {
  const megabytes = Math.floor((bytes / MEGABYTE) * 10) / 10;
  return megabytes * MEGABYTE > MAX_BANK_FILE_BYTES
    ? `${megabytes.toLocaleString('en-US', { minimumFractionDigits: 1 })} MB`
    : `${bytes.toLocaleString('en-US')} bytes`;
}

const tooLarge = (file: string, size: string) =>
  new CliError(`${file} is ${size}; prepdeck reads bank files of up to ${MAX_BANK_FILE_SIZE}.`);

/**
 * Reads a file that is not a regular file (a pipe such as `<(curl ...)`, or a device),
 * whose size is not known in advance, stopping once it passes the limit.
 */
async function readStream(path: string, file: string): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_BANK_FILE_BYTES) throw tooLarge(file, `more than ${MAX_BANK_FILE_SIZE}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a JSON or YAML file of up to {@link MAX_BANK_FILE_BYTES}, naming the file and the
 * reason when it cannot.
 */
export async function readDataFile(file: string): Promise<unknown> {
  const path = resolve(file);
  const cannotRead = (reason: string) => new CliError(`Cannot read ${file}: ${reason}.`);
  let text: string;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw cannotRead('it is a directory');
    if (info.isFile() && info.size > MAX_BANK_FILE_BYTES) {
      throw tooLarge(file, describeSize(info.size));
    }
    text = info.isFile() ? await readFile(path, 'utf8') : await readStream(path, file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannotRead(fileErrorReason(error, 'read', file));
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
    `${file} is not a valid bank (${plural(result.error.issues.length, 'problem')}):\n${lines.join('\n')}`,
  );
}

/** The bank to use: a custom bank from `--bank`, or the embedded one. */
export async function loadBank(file: string | undefined): Promise<Bank> {
  if (file !== undefined) return readBankFile(file);
  const { bank } = await import('@prepdeck/questions');
  return bank;
}
