import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/run-in-process.js';
import { difficultyBar, sourceAges } from './stats.js';

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

describe('difficultyBar', () => {
  const plain = { cyan: (text: string) => text };

  it('is as long as the total against the largest, one shade per difficulty', () => {
    const counts = { foundational: 7, intermediate: 6, advanced: 5 };
    expect(difficultyBar(counts, 27, 19, plain)).toBe('█████▓▓▓▓░░░░');
    expect(difficultyBar({ foundational: 0, intermediate: 0, advanced: 27 }, 27, 19, plain)).toBe(
      '░'.repeat(19),
    );
    expect(difficultyBar({ foundational: 0, intermediate: 0, advanced: 0 }, 27, 19, plain)).toBe(
      '',
    );
  });
});

describe('prepdeck stats', () => {
  it('heads the table with named columns, explains them and fits 80 columns', async () => {
    const { code, stdout: out } = await runInProcess(['stats']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Category\s+Fnd\s+Int\s+Adv\s+Total$/);
    expect(out).not.toContain('Found.');
    expect(out).toContain(
      'Fnd foundational, Int intermediate, Adv advanced; bars: █ Fnd ▓ Int ░ Adv.',
    );
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    // Bars differ with the mix, not only with the total.
    const bars = lines.slice(1, 17).map((line) => line.split(' ').at(-1));
    expect(new Set(bars).size).toBeGreaterThan(8);
  });

  it('wraps its summary lines at COLUMNS, between items', async () => {
    const { code, stdout: out } = await runInProcess(['stats'], { env: { COLUMNS: '50' } });
    expect(code).toBe(0);
    const places = out.slice(out.indexOf('Places:'), out.indexOf('Sources:')).trimEnd().split('\n');
    expect(places.length).toBeGreaterThan(1);
    expect(places.filter((line) => line.length > 50)).toEqual([]);
    expect(places.every((line) => /\d,?$/.test(line))).toBe(true);
  });

  it('dates the source check from the clock it is given', async () => {
    const now = () => new Date('2040-06-15T12:00:00Z');
    const { code, stdout } = await runInProcess(['stats', '--json'], { now });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sources.cutoff).toBe('2037-06');
  });
});
