import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bank } from '@prepdeck/questions';
import { createDeck, query } from '@prepdeck/sdk';
import { type Browser, chromium, type Page } from 'playwright-core';
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
const expectedOrder = createDeck(expectedCards, { seed: SEED, onExhausted: 'reshuffle' })
  .draw(3)
  .map((question) => question.id);

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

describe('flashcards app', () => {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

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
    if (browser === undefined || server === undefined) throw new Error('setup failed');
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });

    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'flashcards',
    );
    await expect(card(page).isHidden()).resolves.toBe(true);
    await expect(page.getByLabel('Seed').inputValue()).resolves.toBe(SEED);

    // Choose a category and a difficulty, then deal.
    await page.getByLabel('Billing and metering').check();
    await page.getByLabel('Difficulty').selectOption(DIFFICULTY);
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
    await expect(page.getByTestId('progress').textContent()).resolves.toMatch(
      new RegExp(`^Card 1 of ${expectedCards.length}\\. `),
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
    await expect(page.getByTestId('key-terms').textContent()).resolves.toBe(
      shown?.guidance.keyTerms.join(' · '),
    );

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
      `Card 2 of ${expectedCards.length}. Rated 1: Again 0, Hard 0, Good 1, Easy 0.`,
    );

    // The deck state is in localStorage.
    const saved = await page.evaluate(() => localStorage.getItem('prepdeck-flashcards'));
    expect(JSON.parse(saved ?? 'null')).toMatchObject({
      version: 1,
      filters: { categories: [CATEGORY], difficulty: DIFFICULTY, seed: SEED },
      deck: { format: 'prepdeck-deck', seed: SEED, position: 2, last: expectedOrder[1] },
      ratings: [{ id: firstId, rating: 'good' }],
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
      `Card 3 of ${expectedCards.length}. Rated 2: Again 1, Hard 0, Good 1, Easy 0.`,
    );

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
