import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../test/run-in-process.js';

/** Runs a command on a fake terminal `columns` wide, with colour on or off. */
async function screen(argv: string[], columns: number, colour: boolean): Promise<string> {
  const result = await runInProcess(argv, {
    terminal: { isTTY: true, columns },
    env: { NO_COLOR: colour ? '' : '1' },
  });
  expect(result.code).toBe(0);
  return result.stdout;
}

const ID = 'blanket-winter-moratorium-versus-targeted-protections';

describe('output on a narrow terminal', () => {
  for (const colour of [false, true]) {
    for (const argv of [
      ['ask', '-n', '3', '--seed', 'wrap', '--guidance'],
      ['show', ID],
      ['stats'],
    ]) {
      it(`${argv[0]} fits 60 columns with colour ${colour ? 'on' : 'off'}`, async () => {
        const out = await screen(argv, 60, colour);
        if (colour) expect(out).toContain('\u001b[');
        const lines = stripVTControlCharacters(out).split('\n');
        const tooWide = lines.filter((line) => line.length > 60 && !/^\S+$/.test(line.trim()));
        // stats' table has a fixed width; every other line wraps.
        expect(
          argv[0] === 'stats' ? tooWide.filter((l) => !/\d$|[█▓░]$/.test(l)) : tooWide,
        ).toEqual([]);
      });
    }
  }

  it('wraps the meta line of a question and the related questions of show', async () => {
    const lines = stripVTControlCharacters(await screen(['show', ID], 60, true)).split('\n');
    expect(lines[0]?.length).toBeLessThanOrEqual(60);
    const related = lines.slice(lines.indexOf('Related') + 1);
    expect(related.length).toBeGreaterThan(1);
    expect(related.every((line) => line.length <= 60)).toBe(true);
  });
});
