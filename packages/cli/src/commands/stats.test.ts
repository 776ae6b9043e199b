import { describe, expect, it } from 'vitest';
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
