import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';
import { CliError } from '../cli-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';

/** A self-rating after answering a question. */
export type Rating = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

/** A question's spaced-repetition state (the fields of an FSRS card, dates as ISO strings). */
export interface StoredCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: number;
  readonly last_review?: string;
}

/** One answered question. */
export interface ReviewRecord {
  readonly id: string;
  readonly rating: Rating;
  /** The rubric level the candidate gave their answer (files before 0.2 have none). */
  readonly level?: 'poor' | 'mixed' | 'good' | 'excellent';
  readonly at: string;
  readonly words: number;
  readonly seconds: number;
}

/** The progress file: versioned, with cards by question id (unknown ids are kept). */
export interface ProgressFile {
  readonly format: 'prepdeck-progress';
  readonly version: 1;
  readonly cards: Record<string, StoredCard>;
  readonly reviews: ReviewRecord[];
}

export const PROGRESS_VERSION = 1;

export function emptyProgress(): ProgressFile {
  return { format: 'prepdeck-progress', version: PROGRESS_VERSION, cards: {}, reviews: [] };
}

/**
 * Where progress is kept: `$PREPDECK_HOME/progress.json`, else
 * `$XDG_DATA_HOME/prepdeck/progress.json`, else `~/.local/share/prepdeck/progress.json`.
 */
export function progressPath(env: Readonly<Record<string, string | undefined>>): string {
  if (env.PREPDECK_HOME) return join(env.PREPDECK_HOME, 'progress.json');
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'prepdeck', 'progress.json');
}

/**
 * Copies the file beside itself as `<file>.bak-<time>`, unless an earlier backup already
 * holds the same bytes (a command run again on the same bad file), and returns its path.
 */
async function keepBackup(path: string, now: Date): Promise<string> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.bak-`;
  const current = await readFile(path);
  for (const name of (await readdir(folder)).filter((n) => n.startsWith(prefix)).sort()) {
    const earlier = await readFile(join(folder, name)).catch(() => undefined);
    if (earlier?.equals(current)) return join(folder, name);
  }
  const backup = `${path}.bak-${now.toISOString().replace(/[:.]/g, '-')}`;
  await copyFile(path, backup);
  return backup;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function problemWith(data: unknown): string | undefined {
  if (!isRecord(data)) return 'it does not hold a JSON object';
  if (data.format !== 'prepdeck-progress') return 'it is not a prepdeck progress file';
  if (typeof data.version !== 'number') return 'it has no version';
  if (!isRecord(data.cards)) return '"cards" is not an object';
  for (const [id, card] of Object.entries(data.cards)) {
    if (!isRecord(card) || typeof card.due !== 'string' || Number.isNaN(Date.parse(card.due))) {
      return `the card for "${id}" has no valid due date`;
    }
  }
  if (!Array.isArray(data.reviews)) return '"reviews" is not a list';
  return undefined;
}

/**
 * Reads the progress file, or an empty progress when there is none. A corrupt file, or one
 * written by a newer version, is never overwritten: a backup copy is made and the command
 * stops with a message naming both files.
 */
export async function loadProgress(path: string, now: Date): Promise<ProgressFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyProgress();
    throw new CliError(`Cannot read the progress file ${path}: ${(error as Error).message}`);
  }
  let data: unknown;
  let problem: string | undefined;
  try {
    data = JSON.parse(text);
    problem = problemWith(data);
  } catch (error) {
    problem = `it is not valid JSON (${(error as Error).message})`;
  }
  if (problem === undefined && isRecord(data) && (data.version as number) > PROGRESS_VERSION) {
    const backup = await keepBackup(path, now);
    throw new CliError(
      `The progress file ${path} was written by a newer prepdeck (format version ${data.version}; this one reads version ${PROGRESS_VERSION}). It was left as it is, and a copy was saved to ${backup}. Upgrade prepdeck to use it.`,
    );
  }
  if (problem !== undefined) {
    const backup = await keepBackup(path, now);
    throw new CliError(
      `The progress file ${path} cannot be used: ${problem}. It was left as it is, and a copy was saved to ${backup}. Move or delete ${path} to start afresh.`,
    );
  }
  return data as ProgressFile;
}

/** Writes the progress file atomically: a temporary file in the same folder, then a rename. */
export async function saveProgress(path: string, progress: ProgressFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFileAtomically(path, `${JSON.stringify(progress, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`Cannot save progress to ${path}: ${(error as Error).message}`);
  }
}

/** How long a lock may go without being refreshed before another process may take it over. */
export const PROGRESS_LOCK_STALE_MS = 10_000;

/** How long a save waits for another process's save to finish before giving up. */
export const PROGRESS_LOCK_WAIT_MS = 15_000;

/** Whether a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that a killed writer left beside the progress file: their name
 * carries the writer's process id, and that process is no longer running.
 */
async function removeOrphans(path: string): Promise<void> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) {
      await rm(join(folder, name), { force: true });
    }
  }
}

/** Options for {@link updateProgress}. */
export interface UpdateProgressOptions {
  /** How long a lock may go unrefreshed before it is taken over (at least 2,000 ms). */
  readonly staleMs?: number;
  /** How long to wait for another process's save before giving up. */
  readonly waitMs?: number;
}

/**
 * Applies `change` to the progress file as it is on disk now, safely when several
 * processes save at once: it takes a lock beside the file (`<file>.lock`, taken over when
 * its holder has not refreshed it for {@link PROGRESS_LOCK_STALE_MS}), re-reads the file
 * under the lock, applies the change, writes a temporary file and renames it over the old
 * one, then releases the lock. Ratings saved by another session in the meantime are kept.
 * A corrupt or newer file is never overwritten (see {@link loadProgress}). Returns the
 * progress as written.
 */
export async function updateProgress(
  path: string,
  now: Date,
  change: (progress: ProgressFile) => void,
  options: UpdateProgressOptions = {},
): Promise<ProgressFile> {
  const staleMs = Math.max(2000, options.staleMs ?? PROGRESS_LOCK_STALE_MS);
  const waitMs = options.waitMs ?? PROGRESS_LOCK_WAIT_MS;
  await mkdir(dirname(path), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lock(path, {
      realpath: false,
      stale: staleMs,
      retries: {
        retries: Math.ceil(waitMs / 100),
        factor: 1,
        minTimeout: 100,
        maxTimeout: 100,
        randomize: true,
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new CliError(
        `Cannot save progress to ${path}: another prepdeck has been saving to it for over ${Math.round(waitMs / 1000)} seconds. Try again; if no other prepdeck is running, delete ${path}.lock.`,
      );
    }
    throw new CliError(`Cannot lock the progress file ${path}: ${(error as Error).message}`);
  }
  try {
    await removeOrphans(path);
    const progress = await loadProgress(path, now);
    change(progress);
    await saveProgress(path, progress);
    return progress;
  } finally {
    await release().catch(() => undefined);
  }
}
