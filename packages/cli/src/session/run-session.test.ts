import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { questions } from '@prepdeck/questions';
import { MAX_ANSWER_LENGTH } from '@prepdeck/sdk/coach';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { run } from '../run.js';

function harness(
  home = mkdtempSync(join(tmpdir(), 'prepdeck-session-')),
  start = '2026-03-02T09:00:00Z',
) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  let clock = Date.parse(start);
  const controller = new AbortController();
  const io: Partial<CliIo> = {
    stdin,
    stdout,
    stderr,
    env: { PREPDECK_HOME: home, NO_COLOR: '1' },
    interactive: true,
    now: () => {
      clock += 30_000;
      return new Date(clock);
    },
    signal: controller.signal,
  };
  return {
    io,
    home,
    file: join(home, 'progress.json'),
    type: (...lines: string[]) => stdin.write(`${lines.join('\n')}\n`),
    end: () => stdin.end(),
    abort: () => controller.abort(),
    output: () => out,
    errors: () => err,
    setClock: (iso: string) => {
      clock = Date.parse(iso);
    },
  };
}

const readProgress = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('practice session', () => {
  it('shows guidance and feedback, takes ratings and saves them', async () => {
    const h = harness();
    h.type(
      'I would listen, check the read history for estimated reads and order a meter test,',
      'then offer a payment arrangement.',
      '',
      'I would also confirm it in writing.',
      '',
      's',
      '3',
      '',
      'e',
    );
    h.end();
    const code = await run(['practice', '-n', '2', '--seed', 'session'], h.io);
    expect(code).toBe(0);
    const out = h.output();
    expect(out).toContain('Question 1 of 2');
    expect(out).toMatch(/Feedback on your answer {2}(poor|mixed|good|excellent), \d+\/100: /);
    expect(out).toContain('Scores: poor under 30, mixed 30-49, good 50-69, excellent 70 and up.');
    expect(out).toContain('Follow-up: ');
    expect(out).toMatch(
      /With your follow-up answer {2}(poor|mixed|good|excellent), \d+\/100 \((up from \d+|unchanged|down from \d+)\)/,
    );
    expect(out).toContain('What an answer at each level sounds like');
    expect(out).not.toContain('A weak answer, for contrast');
    expect(out).toMatch(/The weak answer and every\s+follow-up: prepdeck show\s+[a-z-]+/);
    expect(out).toContain('Where did your answer land? 1 poor, 2 mixed, 3 good, 4 excellent');
    expect(out).toContain('Done. 2 ratings saved');
    // Feedback first, then the guidance, ending with the rubric the rating is given on.
    const first = out.slice(0, out.indexOf('Question 2 of 2'));
    const order = [
      'Feedback on your answer',
      'What the interviewer is assessing',
      'Red flags',
      'What an answer at each level sounds like',
      'Type s at the prompt to read a strong answer',
      'Where did your answer land?',
      'A strong answer\n',
    ].map((heading) => first.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((at) => at >= 0)).toBe(true);
    // The strong answer only on request: once for question 1 (s), not for question 2.
    expect(out.split('A strong answer\n')).toHaveLength(2);
    // Each missed term is named once, in the feedback; the guidance does not list them again.
    expect(first).not.toMatch(/^Key terms$/m);
    expect(first.match(/Terms worth working in/g) ?? []).toHaveLength(
      first.includes('Terms worth working in') ? 1 : 0,
    );
    // No "0 of 5" tallies of key points.
    expect(first).not.toMatch(/\(\d+ of \d+\)/);
    // Local time, said as a person would: "in 10 minutes (09:13)", not a UTC timestamp.
    expect(out).not.toContain('UTC');
    expect(out).toMatch(
      /Saved\. This question comes back (in \d+ minutes? \(\d\d:\d\d\)|today at|tomorrow at|on )/,
    );
    const progress = readProgress(h.file);
    expect(progress).toMatchObject({ format: 'prepdeck-progress', version: 1 });
    expect(progress.reviews.map((r: { rating: string }) => r.rating)).toEqual(['good', 'easy']);
    expect(progress.reviews.map((r: { level: string }) => r.level)).toEqual(['good', 'excellent']);
    expect(Object.keys(progress.cards)).toHaveLength(2);
    expect(readdirSync(h.home).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('says in local words when the next review is, once nothing is due', async () => {
    const h = harness();
    h.type('', '3');
    h.end();
    expect(await run(['practice', '-n', '1', '--seed', 'due'], h.io)).toBe(0);
    const later = harness(h.home);
    later.end();
    expect(await run(['review', '--new', '0'], later.io)).toBe(0);
    expect(later.output()).toMatch(
      /^Nothing is due\. The next question comes back in \d+ minutes \(\d\d:\d\d\)\.$/m,
    );
  });

  it('asks again for a rating it does not understand', async () => {
    const h = harness();
    h.type('', 'maybe', '2');
    h.end();
    expect(await run(['practice', '-n', '1', '--seed', 'x'], h.io)).toBe(0);
    expect(h.output()).toContain(
      'Type 1, 2, 3 or 4 (or poor, mixed, good, excellent), or s for a strong answer.',
    );
    expect(readProgress(h.file).reviews[0]).toMatchObject({ rating: 'hard', level: 'mixed' });
  });

  it('maps each rubric level to the scheduler: poor again, mixed hard, good good, excellent easy', async () => {
    const h = harness();
    h.type('', 'poor', '', 'm', '', 'good', '', 'excellent');
    h.end();
    expect(await run(['practice', '-n', '4', '--seed', 'levels'], h.io)).toBe(0);
    expect(
      readProgress(h.file).reviews.map((r: { level: string; rating: string }) => [
        r.level,
        r.rating,
      ]),
    ).toEqual([
      ['poor', 'again'],
      ['mixed', 'hard'],
      ['good', 'good'],
      ['excellent', 'easy'],
    ]);
  });

  it('saves the ratings given so far when interrupted, and exits 130', async () => {
    const h = harness();
    h.type('', '4');
    const running = run(['practice', '-n', '3', '--seed', 'stop'], h.io);
    await new Promise((resolve) => setTimeout(resolve, 300));
    h.abort();
    expect(await running).toBe(130);
    expect(h.output()).toContain('Stopped. 1 rating saved');
    expect(readProgress(h.file).reviews).toHaveLength(1);
  });

  it('refuses an answer longer than the coach reviews, and takes a shorter one or none', async () => {
    const long = 'word '.repeat(24_000).trim();
    const refused = `That answer is ${long.length.toLocaleString('en-US')} characters; the coach reviews answers of up to ${MAX_ANSWER_LENGTH.toLocaleString('en-US')}. Shorten it or press Enter to skip.`;
    const h = harness();
    // Question 1: too long, then skipped with an empty answer. Question 2: too long, then a
    // short answer, an empty follow-up (if one is asked) and a rating.
    h.type(long, '', '', '1', long, '', 'I would listen and check the meter reads.', '', '', '3');
    h.end();
    expect(await run(['practice', '-n', '2', '--seed', 'long'], h.io)).toBe(0);
    const out = h.output();
    expect(out.split(refused)).toHaveLength(3);
    const [first, second] = out.split('Question 2 of 2') as [string, string];
    expect(first).not.toContain('Feedback on your answer');
    expect(second).toMatch(/Feedback on your answer {2}\w+, \d+\/100/);
    expect(h.errors()).toBe('');
    expect(readProgress(h.file).reviews.map((r: { words: number }) => r.words > 0)).toEqual([
      false,
      true,
    ]);
  });

  it('refuses a follow-up that takes the answer past what the coach reviews', async () => {
    const sentence = 'I would listen, check the meter reads and offer a payment arrangement. ';
    const answer = `${sentence.repeat(MAX_ANSWER_LENGTH / sentence.length)}`.trim();
    const room = MAX_ANSWER_LENGTH - answer.length - 1;
    const followUp = 'x'.repeat(room + 1);
    const h = harness();
    h.type(answer, '', followUp, '', 'I would confirm it in writing.', '', '3');
    h.end();
    expect(await run(['practice', '-n', '1', '--seed', 'follow-up'], h.io)).toBe(0);
    const out = h.output();
    expect(out).toContain('Follow-up: ');
    expect(out).toContain(
      `That follow-up is ${followUp.length.toLocaleString('en-US')} characters; with your answer, the coach has room for ${room.toLocaleString('en-US')} more. Shorten it or press Enter to skip.`,
    );
    expect(out).toMatch(/With your follow-up answer {2}\w+, \d+\/100/);
    expect(h.errors()).toBe('');
    expect(readProgress(h.file).reviews).toHaveLength(1);
  });

  it('gives the longest answer the coach reviews in practice --help', async () => {
    const h = harness();
    expect(await run(['practice', '--help'], h.io)).toBe(0);
    expect(h.output().replace(/\s+/g, ' ')).toContain(
      `type an answer of up to ${MAX_ANSWER_LENGTH.toLocaleString('en-US')} characters`,
    );
  });

  it('stops cleanly when input ends', async () => {
    const h = harness();
    h.type('', '3');
    h.end();
    expect(await run(['practice', '-n', '3', '--seed', 'eof'], h.io)).toBe(0);
    expect(h.output()).toContain('Input ended. 1 rating saved');
  });
});

describe('review schedule', () => {
  it('brings rated questions back when due, and reports what is due when', async () => {
    const home = mkdtempSync(join(tmpdir(), 'prepdeck-review-'));
    const first = harness(home, '2026-03-02T09:00:00Z');
    first.type('', '1', '', '4');
    first.end();
    await run(['practice', '-n', '2', '--seed', 'sched'], first.io);
    const cards = readProgress(join(home, 'progress.json')).cards;

    const stats = harness(home, '2026-03-02T09:05:00Z');
    await run(['review', '--stats', '--json'], stats.io);
    expect(JSON.parse(stats.output())).toMatchObject({ studied: 2, unseen: questions.length - 2 });

    const later = harness(home, '2026-06-01T09:00:00Z');
    later.type('', '3', '', '3');
    later.end();
    expect(await run(['review', '--new', '0'], later.io)).toBe(0);
    expect(later.output()).toContain('Review: 2 due, 0 new');
    for (const id of Object.keys(cards)) expect(later.output()).toContain(`id: ${id}`);
  });

  it('keeps cards for ids the bank no longer has', async () => {
    const h = harness();
    writeFileSync(
      h.file,
      JSON.stringify({
        format: 'prepdeck-progress',
        version: 1,
        cards: {
          'retired-question': {
            due: '2026-01-01T00:00:00Z',
            stability: 1,
            difficulty: 5,
            elapsed_days: 0,
            scheduled_days: 1,
            learning_steps: 0,
            reps: 1,
            lapses: 0,
            state: 2,
          },
        },
        reviews: [],
      }),
    );
    h.type('', '3');
    h.end();
    await run(['practice', '-n', '1', '--seed', 'keep'], h.io);
    expect(readProgress(h.file).cards).toHaveProperty('retired-question');
  });
});

describe('progress file protection', () => {
  it.each([
    ['corrupt JSON', '{"format": "prepdeck-progress", "vers', /is not valid JSON/],
    [
      'a newer version',
      JSON.stringify({ format: 'prepdeck-progress', version: 2, cards: {}, reviews: [] }),
      /written by a newer prepdeck \(format version 2/,
    ],
    ['a foreign file', JSON.stringify({ hello: 'world' }), /it is not a prepdeck progress file/],
  ])(
    'never overwrites %s: stops, names the file and keeps a backup',
    async (_, content, message) => {
      const h = harness();
      writeFileSync(h.file, content);
      h.type('', '3');
      h.end();
      const code = await run(['practice', '-n', '1', '--seed', 'x'], h.io);
      expect(code).toBe(1);
      expect(h.errors()).toMatch(message);
      expect(h.errors()).toContain(h.file);
      expect(readFileSync(h.file, 'utf8')).toBe(content);
      const backups = readdirSync(h.home).filter((f) => f.startsWith('progress.json.bak-'));
      expect(backups).toHaveLength(1);
      expect(readFileSync(join(h.home, backups[0] as string), 'utf8')).toBe(content);
    },
  );

  it('uses XDG_DATA_HOME, then HOME, when PREPDECK_HOME is not set', async () => {
    const data = mkdtempSync(join(tmpdir(), 'prepdeck-xdg-'));
    const h = harness();
    h.type('', '3');
    h.end();
    await run(['practice', '-n', '1', '--seed', 'x'], {
      ...h.io,
      env: { XDG_DATA_HOME: data, NO_COLOR: '1' },
    });
    expect(existsSync(join(data, 'prepdeck', 'progress.json'))).toBe(true);
  });
});
