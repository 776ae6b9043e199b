import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { sourceAges } from './stats.js';

describe('sourceAges', () => {
  it('counts cited facts and those checked more than three years ago', () => {
    const now = new Date('2026-12-04T00:00:00Z');
    const ages = sourceAges(
      [
        { id: 'fresh', sources: [{ asOf: '2026-11' }, { asOf: '2024-01' }] },
        { id: 'stale', sources: [{ asOf: '2023-11' }, { asOf: '2023-12' }] },
        { id: 'none' },
      ],
      now,
    );
    expect(ages).toEqual({
      cited: 4,
      questions: 2,
      cutoff: '2023-12',
      older: 1,
      olderIds: ['stale'],
    });
  });
});

describe('prepdeck stats', () => {
  it('dates the source check from the clock it is given', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk) => {
      out += chunk;
    });
    const now = () => new Date('2040-06-15T12:00:00Z');
    expect(await run(['stats', '--json'], { stdout, env: { NO_COLOR: '1' }, now })).toBe(0);
    expect(JSON.parse(out).sources.cutoff).toBe('2037-06');
  });
});
