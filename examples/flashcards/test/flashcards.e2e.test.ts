import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bank } from '@prepdeck/questions';
import { createDeck, query } from '@prepdeck/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBundle } from '../scripts/check-bundle.mjs';
import { type StaticServer, serveStatic } from './static-server.js';

const exampleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(exampleDir, 'dist');
const resultsDir = join(exampleDir, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CATEGORY = 'billing-and-metering';
const DIFFICULTY = 'min:intermediate';
const SEED = 'flashcards';

/** The cards the app must deal, and the order: the same SDK calls, run in Node. */
const expectedCards = query(bank, { categories: [CATEGORY], difficulty: { min: 'intermediate' } });
const expectedOrder = createDeck(expectedCards, { seed: SEED })
  .draw(4)
  .map((question) => question.id);
/** The order of the whole bank (no category, all levels) for the same seed. */
const expectedAll = createDeck(query(bank, {}), { seed: SEED })
  .draw(2)
  .map((question) => question.id);

/** The pages' clock: a fixed time, moved on by hand, so the schedule is reproducible. */
const T0 = new Date('2030-01-07T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;

// The scheduler the CLI runs: ts-fsrs without fuzz, Again/Hard/Good/Easy as its grades.
const fsrsScheduler = fsrs({ enable_fuzz: false });
const GRADES = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
} as const;

/** The card ts-fsrs gives a new question after these ratings, as the app stores it. */
function expectedCard(ratings: readonly (readonly [keyof typeof GRADES, Date])[]) {
  let fsrsCard = createEmptyCard(ratings[0]?.[1] ?? T0);
  for (const [rating, at] of ratings) {
    fsrsCard = fsrsScheduler.next(fsrsCard, at, GRADES[rating]).card;
  }
  return {
    due: fsrsCard.due.toISOString(),
    stability: fsrsCard.stability,
    difficulty: fsrsCard.difficulty,
    reps: fsrsCard.reps,
    lapses: fsrsCard.lapses,
    state: fsrsCard.state,
  };
}

function buildApp(): void {
  const viteBin = join(
    dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  execFileSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: exampleDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}

const card = (page: Page) => page.getByTestId('card');
const cardId = (page: Page) => card(page).getAttribute('data-question-id');

async function savedSchedule(page: Page): Promise<Record<string, unknown>> {
  const text = await page.evaluate(() => localStorage.getItem('prepdeck-flashcards-schedule'));
  return JSON.parse(text ?? 'null') ?? {};
}

async function chooseDeck(page: Page): Promise<void> {
  await page.getByLabel('Billing and metering').check();
  await page.getByLabel('Difficulty').selectOption(DIFFICULTY);
}

/** Fails unless Deal is wholly inside the window, unscrolled, and nothing covers it. */
async function expectDealOnScreen(
  page: Page,
  viewport: { width: number; height: number },
): Promise<void> {
  await expect(page.evaluate(() => window.scrollY)).resolves.toBe(0);
  const box = await page.getByRole('button', { name: 'Deal' }).boundingBox();
  expect(box).not.toBeNull();
  if (box === null) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge of Deal').toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, 'bottom edge of Deal').toBeLessThanOrEqual(viewport.height);
  await expect(
    page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="deal"]') != null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    ),
  ).resolves.toBe(true);
}

/** Fails when the page scrolls sideways: its content is wider than the window. */
async function expectNoSideScroll(page: Page, when: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page width ${when}`).toBeLessThanOrEqual(innerWidth);
}

describe('flashcards app', () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
      );
    }
    buildApp();
    server = await serveStatic(distDir);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  const serverUrl = (): string => {
    if (server === undefined) throw new Error('setup failed');
    return server.url;
  };

  /** A fresh browser context (empty localStorage), and the page's errors as they come. */
  async function openPage(viewport: { width: number; height: number }) {
    if (browser === undefined) throw new Error('setup failed');
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return { context, page, errors };
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships a bundle with no zod and no Node built-ins', () => {
    expect(checkBundle(join(distDir, 'assets'))).toEqual([]);
  });

  it('has a bundle check that catches zod and Node built-ins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flashcards-bundle-'));
    try {
      writeFileSync(join(dir, 'ok.js'), 'console.log("the complaints process. Done");\n');
      writeFileSync(
        join(dir, 'bad.js'),
        'import fs from "node:fs";\nconst z = require("zod");\nif (process.env.X) {}\n',
      );
      const problems = checkBundle(dir);
      expect(problems.every((problem) => problem.startsWith('bad.js: '))).toBe(true);
      expect(problems.join('\n')).toMatch(/zod/);
      expect(problems.join('\n')).toMatch(/node: import/);
      expect(problems.join('\n')).toMatch(/process\.\*/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deals, flips, rates and resumes after a reload', async () => {
    const { context, page, errors } = await openPage({ width: 1200, height: 900 });
    await context.clock.setFixedTime(T0);

    await page.goto(serverUrl());
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'flashcards',
    );
    await expect(card(page).isHidden()).resolves.toBe(true);
    await expect(page.getByLabel('Seed').inputValue()).resolves.toBe(SEED);
    await expectDealOnScreen(page, { width: 1200, height: 900 });

    // Choose a category and a difficulty, then deal.
    await chooseDeck(page);
    await expect(page.getByTestId('match-count').textContent()).resolves.toBe(
      `${expectedCards.length} questions match.`,
    );
    await page.getByRole('button', { name: 'Deal' }).click();

    // One card is shown, with its category, type and difficulty.
    await card(page).waitFor({ state: 'visible' });
    const firstId = await cardId(page);
    expect(firstId).toBe(expectedOrder[0]);
    const firstText = await page.getByTestId('card-question').textContent();
    expect(firstText?.length).toBeGreaterThan(20);
    await expect(page.getByTestId('card-category').textContent()).resolves.toBe(
      'Billing and metering',
    );
    await expect(page.getByTestId('card-difficulty').textContent()).resolves.toMatch(
      /^(Intermediate|Advanced)$/,
    );
    await expect(page.getByTestId('card-type').textContent()).resolves.toMatch(
      /^(Behavioral|Situational|Technical|General)$/,
    );
    await expect(page.getByTestId('progress').textContent()).resolves.toBe(
      `New card. Up next: 0 due, ${expectedCards.length - 1} new, 0 later. Rated 0.`,
    );

    // Flip: the guidance, with its key points, appears.
    await expect(page.getByTestId('guidance').isHidden()).resolves.toBe(true);
    const flip = page.getByRole('button', { name: 'Flip' });
    await flip.click();
    await page.getByTestId('key-points').waitFor({ state: 'visible' });
    expect(await page.getByTestId('key-points').locator('li').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('intent').textContent()).resolves.not.toBe('');
    await expect(page.getByTestId('flip').getAttribute('aria-expanded')).resolves.toBe('true');
    // The back judges an answer: four rubric anchors, and a weak answer beside the strong one.
    const shown = expectedCards.find((q) => q.id === expectedOrder[0]);
    await expect(page.getByTestId('rubric').locator('dt').allTextContents()).resolves.toEqual([
      'Poor',
      'Mixed',
      'Good',
      'Excellent',
    ]);
    await expect(page.getByTestId('rubric').locator('dd').first().textContent()).resolves.toBe(
      shown?.guidance.rubric?.poor,
    );
    await expect(page.getByTestId('weak-answer').textContent()).resolves.toBe(
      shown?.guidance.weakAnswer,
    );
    await expect(page.getByTestId('weak-answer').isVisible()).resolves.toBe(true);

    // The key terms are a compact list, one item per term of the guidance.
    const keyTerms = page.getByTestId('key-terms');
    expect(shown?.guidance.keyTerms.length).toBeGreaterThan(0);
    await expect(keyTerms.evaluate((element) => element.tagName)).resolves.toBe('UL');
    await expect(keyTerms.isVisible()).resolves.toBe(true);
    await expect(keyTerms.locator('li').allTextContents()).resolves.toEqual(
      shown?.guidance.keyTerms,
    );
    await expect(keyTerms.locator('li').first().isVisible()).resolves.toBe(true);
    // Compact: the terms share lines (chips in a row), not one line per term.
    const termTops = await keyTerms
      .locator('li')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
    expect(new Set(termTops).size).toBeLessThan(termTops.length);

    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, 'dealt-card.png'), fullPage: true });

    // Rate: the rating is counted and the next, different card is dealt face down.
    await page.getByRole('button', { name: 'Good' }).click();
    await expect(cardId(page)).resolves.toBe(expectedOrder[1]);
    const secondText = await page.getByTestId('card-question').textContent();
    expect(secondText).not.toBe(firstText);
    await expect(page.getByTestId('guidance').isHidden()).resolves.toBe(true);
    const progress = await page.getByTestId('progress').textContent();
    expect(progress).toBe(
      `New card. Up next: 0 due, ${expectedCards.length - 2} new, 1 later. ` +
        'Rated 1: Again 0, Hard 0, Good 1, Easy 0. The last card is back in 10 minutes.',
    );

    // The session and the schedule are in localStorage.
    const saved = await page.evaluate(() => localStorage.getItem('prepdeck-flashcards'));
    expect(JSON.parse(saved ?? 'null')).toMatchObject({
      version: 2,
      filters: { categories: [CATEGORY], difficulty: DIFFICULTY, seed: SEED },
      deck: { format: 'prepdeck-deck', seed: SEED },
      current: expectedOrder[1],
      ratings: [{ id: firstId, rating: 'good' }],
    });
    await expect(savedSchedule(page)).resolves.toMatchObject({
      version: 1,
      cards: { [String(firstId)]: expectedCard([['good', T0]]) },
    });

    // Reload: the same card, progress and filters come back.
    await page.reload();
    await card(page).waitFor({ state: 'visible' });
    await expect(cardId(page)).resolves.toBe(expectedOrder[1]);
    await expect(page.getByTestId('card-question').textContent()).resolves.toBe(secondText);
    await expect(page.getByTestId('progress').textContent()).resolves.toBe(progress);
    await expect(page.getByLabel('Billing and metering').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Difficulty').inputValue()).resolves.toBe(DIFFICULTY);

    // The resumed deck carries on in the same order.
    await page.getByRole('button', { name: 'Again' }).click();
    await expect(cardId(page)).resolves.toBe(expectedOrder[2]);
    await expect(page.getByTestId('progress').textContent()).resolves.toBe(
      `New card. Up next: 0 due, ${expectedCards.length - 3} new, 2 later. ` +
        'Rated 2: Again 1, Hard 0, Good 1, Easy 0. The last card is back in 1 minute.',
    );

    expect(errors).toEqual([]);
    await context.close();
  });

  it('deals the most due card next: Again comes back sooner than Easy, after a reload too', async () => {
    const { context, page, errors } = await openPage({ width: 1200, height: 900 });
    await context.clock.setFixedTime(T0);
    await page.goto(serverUrl());
    await chooseDeck(page);
    await page.getByRole('button', { name: 'Deal' }).click();
    await card(page).waitFor({ state: 'visible' });
    const [a, b, c, d] = expectedOrder;
    await expect(cardId(page)).resolves.toBe(a);

    // A is rated Again (due in a minute), B Easy (due in days): new cards fill the minute.
    await page.getByRole('button', { name: 'Again' }).click();
    await expect(cardId(page)).resolves.toBe(b);
    await page.getByRole('button', { name: 'Easy' }).click();
    await expect(cardId(page)).resolves.toBe(c);
    const cards = (await savedSchedule(page)).cards as Record<string, { due: string }>;
    expect(cards[String(a)]).toMatchObject(expectedCard([['again', T0]]));
    expect(cards[String(b)]).toMatchObject(expectedCard([['easy', T0]]));
    expect(Date.parse(cards[String(a)]?.due ?? '')).toBe(T0.getTime() + 60_000);
    expect(Date.parse(cards[String(b)]?.due ?? '')).toBeGreaterThan(T0.getTime() + DAY);

    // Two minutes on, A is due: it is dealt before the next new card, and before B.
    const T2 = new Date(T0.getTime() + 2 * 60_000);
    await context.clock.setFixedTime(T2);
    await page.getByRole('button', { name: 'Good' }).click();
    await expect(cardId(page)).resolves.toBe(a);
    await expect(page.getByTestId('progress').textContent()).resolves.toMatch(
      new RegExp(`^Due for review\\. Up next: 0 due, ${expectedCards.length - 3} new, 2 later\\. `),
    );

    // A reload keeps the schedule and the card on screen.
    const before = await savedSchedule(page);
    await page.reload();
    await card(page).waitFor({ state: 'visible' });
    await expect(cardId(page)).resolves.toBe(a);
    await expect(savedSchedule(page)).resolves.toEqual(before);

    // Rated Good again, A leaves the queue for now and the next new card comes up.
    await page.getByRole('button', { name: 'Good' }).click();
    await expect(cardId(page)).resolves.toBe(d);
    const after = (await savedSchedule(page)).cards as Record<string, { due: string }>;
    expect(after[String(a)]).toMatchObject(
      expectedCard([
        ['again', T0],
        ['good', T2],
      ]),
    );
    expect(Date.parse(after[String(a)]?.due ?? '')).toBeLessThan(
      Date.parse(after[String(b)]?.due ?? ''),
    );

    // Corrupt saves fall back to a fresh start instead of breaking the page.
    await page.evaluate(() => {
      localStorage.setItem('prepdeck-flashcards-schedule', '{"format":');
      localStorage.setItem('prepdeck-flashcards', '{"version":2,"deck":{"format":1},"current":7}');
    });
    await page.reload();
    await expect(card(page).isHidden()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Deal' }).click();
    await expect(cardId(page)).resolves.toBe(expectedAll[0]);
    await page.getByRole('button', { name: 'Hard' }).click();
    await expect(cardId(page)).resolves.toBe(expectedAll[1]);
    await page.evaluate(() => {
      localStorage.setItem(
        'prepdeck-flashcards-schedule',
        JSON.stringify({ format: 'prepdeck-flashcards-schedule', version: 1, cards: [1, 2] }),
      );
    });
    await page.reload();
    await card(page).waitFor({ state: 'visible' });
    await expect(cardId(page)).resolves.toBe(expectedAll[1]);

    expect(errors).toEqual([]);
    await context.close();
  });

  for (const viewport of PHONES) {
    it(`fits a ${viewport.width}x${viewport.height} phone screen, with Deal above the fold`, async () => {
      const { context, page, errors } = await openPage(viewport);
      await page.goto(serverUrl());
      await page.getByLabel('Billing and metering').waitFor();
      await expectNoSideScroll(page, 'on first load');

      // Deal is fully on screen, and nothing covers it.
      const deal = page.getByRole('button', { name: 'Deal' });
      await expectDealOnScreen(page, viewport);

      // A dealt and flipped card fits too, even with a long unbroken word in it.
      await chooseDeck(page);
      await deal.click();
      await card(page).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Flip' }).click();
      await page.getByTestId('guidance').waitFor({ state: 'visible' });
      await expectNoSideScroll(page, 'with a flipped card');
      await page.evaluate((word) => {
        for (const id of ['card-question', 'card-category', 'intent', 'sample-answer']) {
          const element = document.querySelector(`[data-testid="${id}"]`);
          if (element) element.textContent = `${element.textContent} ${word}`;
        }
        document.querySelector('[data-testid="key-terms"] li')?.append(` ${word}`);
      }, 'x'.repeat(120));
      await expectNoSideScroll(page, 'with a long unbroken word');
      await page.screenshot({
        path: join(resultsDir, `phone-${viewport.width}.png`),
        fullPage: true,
      });

      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
