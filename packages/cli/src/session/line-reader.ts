import type { Interface } from 'node:readline';

/** Reads lines one at a time from a readline interface; `null` once input has ended. */
export interface LineReader {
  next(): Promise<string | null>;
}

export function createLineReader(rl: Interface): LineReader {
  const queued: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else queued.push(line);
  });
  rl.on('close', () => {
    closed = true;
    for (const resolve of waiting.splice(0)) resolve(null);
  });
  return {
    next() {
      const line = queued.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}
