import { bank, questions } from '@prepdeck/questions';
import { describe, expect, it } from 'vitest';
import type { KitQuestion } from './interview-plan.js';
import { planInterview } from './plan-interview.js';
import { toKitHtml } from './to-kit-html.js';
import { toKitMarkdown } from './to-kit-markdown.js';

const plan = planInterview(bank, { minutes: 45, seed: 'kit' });

const hostile: KitQuestion = {
  ...(questions[0] as KitQuestion),
  id: 'hostile',
  type: 'exercise',
  text: 'What if <script>alert("x")</script> & \'quotes\' appear?',
  estimatedMinutes: 10,
  exercise: {
    format: 'in-tray',
    prepMinutes: 5,
    brief: 'Read <b>this</b>.',
    materials: '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | 2 |',
  },
  guidance: {
    ...(questions[0] as KitQuestion).guidance,
    intent: 'Sees <iframe> for what it is.',
    rubric: { poor: '<p>', mixed: 'a & b', good: '"quoted"', excellent: "it's" },
  },
};

describe('toKitMarkdown', () => {
  it('has the instructions, every question with its anchors and follow-ups, and a summary', () => {
    const md = toKitMarkdown(plan);
    expect(md.startsWith(`# Interview kit: 45 minutes, ${plan.items.length} questions\n`)).toBe(
      true,
    );
    expect(md).toContain('## How to use this kit');
    plan.items.forEach((item, i) => {
      expect(md).toContain(`## ${i + 1}. `);
      expect(md).toContain(`> ${item.question.text}`);
      for (const followUp of item.followUps) expect(md).toContain(`- ${followUp}`);
      const rubric = item.question.guidance.rubric;
      if (rubric)
        expect(md).toContain(`- [ ] **Excellent**: ${rubric.excellent.replace(/\s+/g, ' ')}`);
    });
    expect(md).toContain('## Competency summary');
    for (const competency of Object.keys(plan.coverage.competencies))
      expect(md).toContain(`| ${competency} |`);
    expect(md).toContain('- [ ] Strong yes');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('shows an exercise with its brief and materials', () => {
    const md = toKitMarkdown(planInterview([hostile], { minutes: 20, exercise: true, seed: 1 }));
    expect(md).toContain('**Exercise (in-tray, 5 minutes to prepare):** Read <b>this</b>.');
    expect(md).toContain('> | a | b |');
  });
});

describe('toKitHtml', () => {
  const html = toKitHtml(plan);

  it('is one self-contained document: no scripts, external styles, fonts or images', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|https?:\/\//i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain('@media print');
  });

  it('has a section, a rubric table and a notes box per question', () => {
    expect(html.match(/<section class="question"/g)).toHaveLength(plan.items.length);
    expect(html.match(/<table class="rubric"/g)).toHaveLength(plan.items.length);
    expect(html.match(/<div class="notes">/g)).toHaveLength(plan.items.length);
    for (const item of plan.items) expect(html).toContain(`data-question-id="${item.question.id}"`);
  });

  it('escapes every piece of content', () => {
    const hostileHtml = toKitHtml(
      planInterview([hostile], { minutes: 20, exercise: true, seed: 1 }),
    );
    expect(hostileHtml).not.toMatch(/<script|<img|<iframe|<b>/);
    expect(hostileHtml).toContain('<td>&lt;p&gt;</td>');
    expect(hostileHtml).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;',
    );
    expect(hostileHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostileHtml).toContain('<td>it&#39;s</td>');
  });
});
