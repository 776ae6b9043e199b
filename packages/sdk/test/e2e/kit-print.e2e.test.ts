import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bank } from '@prepdeck/questions';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InterviewPlan, planInterview, toKitHtml } from '../../src/kit/index.js';

/*
 * The HTML kit printed to PDF by the real Chromium, on A4 and on Letter: the page count
 * is what the plan needs, every question starts on a page with its heading, its question
 * and its whole rubric table, and the page loads nothing from anywhere.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/** Text with all white space removed, so words split across PDF text runs still match. */
const squash = (text: string) => text.replace(/\s+/g, '');
/** The first words of a text, squashed: enough to find it on a page. */
const opening = (text: string, words = 5) => squash(text.split(/\s+/).slice(0, words).join(' '));

async function pageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await document.destroy();
  return texts;
}

const plans: [string, InterviewPlan][] = [
  ['45 minutes', planInterview(bank, { minutes: 45, seed: 'print' })],
  [
    '90 minutes, directors',
    planInterview(bank, { minutes: 90, seed: 'print', seniority: 'director' }),
  ],
];

describe('the printed interview kit', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
      );
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(resultsDir, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, plan] of plans) {
    for (const format of ['A4', 'Letter'] as const) {
      it(`prints the ${name} kit on ${format} with every question starting cleanly`, async () => {
        const page = await (browser as Browser).newPage();
        const requests: string[] = [];
        page.on('request', (request) => {
          if (!request.url().startsWith('data:')) requests.push(request.url());
        });
        await page.setContent(toKitHtml(plan), { waitUntil: 'load' });
        const pdf = await page.pdf({ format, printBackground: true });
        await page.close();
        writeFileSync(join(resultsDir, `kit-${plan.minutes}-${format}.pdf`), pdf);
        expect(requests).toEqual([]);

        const pages = await pageTexts(pdf);
        // One page at least for the instructions and the first question, at most one page
        // per question plus the instructions and the summary.
        expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(plan.items.length / 3));
        expect(pages.length).toBeLessThanOrEqual(plan.items.length + 2);

        plan.items.forEach((item, index) => {
          const heading = squash(
            `${index + 1}. ${item.part === 'warm-up' ? 'Warm-up' : 'Question'} (${item.minutes} min)`,
          );
          // Not preceded by a digit, so that "2." does not match inside "12.".
          const pattern = new RegExp(`(?<!\\d)${heading.replace(/[.()]/g, '\\$&')}`);
          const on = pages.flatMap((text, n) => (pattern.test(text) ? [n] : []));
          expect(on, `question ${index + 1} heading`).toHaveLength(1);
          const text = pages[on[0] as number] as string;
          expect(text, `question ${index + 1} text`).toContain(opening(item.question.text));
          const rubric = item.question.guidance.rubric;
          if (rubric === undefined) return;
          // The whole rubric table stands on the page the question starts on.
          for (const anchor of [rubric.poor, rubric.mixed, rubric.good, rubric.excellent]) {
            expect(text, `question ${index + 1} rubric`).toContain(opening(anchor));
          }
        });
      });
    }
  }
});
