import type { InterviewPlan } from './interview-plan.js';
import {
  BAND_LABELS,
  competencyRows,
  itemFacts,
  itemHeading,
  KIT_INSTRUCTIONS,
  kitFacts,
  kitTitle,
  redFlags,
  rubricRows,
} from './kit-content.js';

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --tint: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; color: var(--ink);
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; break-after: avoid; }
h3 { font-size: .95rem; margin: .9rem 0 .3rem; break-after: avoid; }
p, ul { margin: .3rem 0; }
.facts { color: var(--muted); font-size: .9rem; }
.instructions { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; background: var(--tint); }
.question { border-top: 2px solid var(--ink); padding-top: .9rem; margin-top: 1.5rem; }
.ask { font-size: 1.05rem; font-weight: 600; margin: .4rem 0; }
table { width: 100%; border-collapse: collapse; margin: .4rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--tint); }
.rubric { break-inside: avoid; }
.rubric td.tick { width: 2.2rem; text-align: center; }
.rubric td.level { width: 6.5rem; font-weight: 600; }
.box { display: inline-block; width: .9rem; height: .9rem; border: 1.5px solid var(--ink); border-radius: 2px; }
.materials { white-space: pre-wrap; font: 9.5pt/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  border: 1px solid var(--line); background: var(--tint); padding: .6rem .75rem; }
.notes { height: 6.5rem; border: 1px dashed var(--muted); border-radius: 4px; }
.summary { break-inside: avoid; margin-top: 1.5rem; }
.summary td.rating { width: 40%; }
@page { margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  .question { break-inside: avoid-page; margin-top: 0; margin-bottom: .8rem; padding-top: .6rem; }
  .notes { height: 4.5rem; break-inside: avoid; }
  th, td { padding: .25rem .4rem; }
  .materials { break-inside: auto; }
}
`;

/**
 * Writes an interviewer kit as one self-contained, printable HTML page: no scripts,
 * fonts, images or styles from elsewhere, every piece of content escaped. It holds the
 * instructions, each question with what it assesses, the follow-ups, a rubric table
 * with a box to tick per level, the red flags and a notes box (an exercise also gets
 * its brief and materials), then a competency summary and the recommendation. It
 * prints on A4 and Letter: a question's rubric is never split across pages, and a
 * question that fits on a page starts on a new one rather than breaking.
 *
 * @param plan - A plan from {@link planInterview}.
 * @returns A complete HTML document.
 *
 * @example
 * ```ts
 * import { planInterview, toKitHtml } from '@prepdeck/sdk/kit';
 * import { bank } from '@prepdeck/questions';
 *
 * const html = toKitHtml(planInterview(bank, { minutes: 45, seed: 'panel-1' }));
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function toKitHtml(plan: InterviewPlan): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(kitTitle(plan))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(kitTitle(plan))}</h1>`,
    `<p class="facts">${escapeHtml(kitFacts(plan))}</p>`,
    '</header>',
    '<section class="instructions"><h2>How to use this kit</h2><ul>',
    ...KIT_INSTRUCTIONS.map((text) => `<li>${escapeHtml(text)}</li>`),
    '</ul></section>',
  ];
  plan.items.forEach((item, index) => {
    const q = item.question;
    out.push(
      `<section class="question" id="q-${index + 1}" data-question-id="${escapeHtml(q.id)}">`,
      `<h2>${escapeHtml(itemHeading(item, index))}</h2>`,
      `<p class="ask">${escapeHtml(q.text)}</p>`,
      `<p class="facts">${escapeHtml(itemFacts(item))}</p>`,
    );
    if (q.exercise !== undefined) {
      out.push(
        `<h3>Exercise: ${escapeHtml(q.exercise.format)}, ${q.exercise.prepMinutes} minutes to prepare</h3>`,
        `<p>${escapeHtml(q.exercise.brief)}</p>`,
        '<h3>Materials for the candidate</h3>',
        `<div class="materials">${escapeHtml(q.exercise.materials.trim())}</div>`,
      );
    }
    out.push('<h3>What you are assessing</h3>', `<p>${escapeHtml(q.guidance.intent)}</p>`);
    if (item.followUps.length > 0) {
      out.push(
        '<h3>Follow-ups</h3><ul>',
        ...item.followUps.map((f) => `<li>${escapeHtml(f)}</li>`),
        '</ul>',
      );
    }
    out.push(
      `<table class="rubric" aria-label="Rating for question ${index + 1}">`,
      '<thead><tr><th scope="col">Tick</th><th scope="col">Level</th><th scope="col">What an answer at this level sounds like</th></tr></thead><tbody>',
      ...rubricRows(item).map(
        ([level, anchor]) =>
          `<tr><td class="tick"><span class="box"></span></td><td class="level">${escapeHtml(level)}</td><td>${escapeHtml(anchor)}</td></tr>`,
      ),
      '</tbody></table>',
      '<h3>Red flags</h3><ul>',
      ...redFlags(item).map((flag) => `<li>${escapeHtml(flag)}</li>`),
      '</ul>',
      '<h3>Notes</h3><div class="notes"></div>',
      '</section>',
    );
  });
  out.push(
    '<section class="summary"><h2>Competency summary</h2>',
    '<table><thead><tr><th scope="col">Competency</th><th scope="col">Questions</th><th scope="col">Your rating</th></tr></thead><tbody>',
    ...competencyRows(plan).map(
      ([competency, numbers]) =>
        `<tr><td>${escapeHtml(competency)}</td><td>${numbers.join(', ')}</td><td class="rating"></td></tr>`,
    ),
    '</tbody></table>',
    '<h2>Recommendation</h2><p>',
    BAND_LABELS.map((label) => `<span class="box"></span> ${escapeHtml(label)}`).join(' &nbsp; '),
    '</p></section>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
