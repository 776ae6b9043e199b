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

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');

/**
 * Writes an interviewer kit as Markdown: instructions, then each question with what it
 * assesses, the follow-ups, the four rubric anchors to tick, the red flags and space for
 * notes (an exercise also gets its brief and materials), then a competency summary
 * table and the overall recommendation to tick.
 *
 * @param plan - A plan from {@link planInterview}.
 * @returns The kit as Markdown, ending with a newline.
 *
 * @example
 * ```ts
 * import { planInterview, toKitMarkdown } from '@prepdeck/sdk/kit';
 * import { bank } from '@prepdeck/questions';
 *
 * const kit = toKitMarkdown(planInterview(bank, { minutes: 45, seed: 'panel-1' }));
 * kit.startsWith('# Interview kit: 45 minutes'); // true
 * ```
 */
export function toKitMarkdown(plan: InterviewPlan): string {
  const lines = [
    `# ${kitTitle(plan)}`,
    '',
    kitFacts(plan),
    '',
    '## How to use this kit',
    '',
    ...KIT_INSTRUCTIONS.map((text) => `- ${text}`),
    '',
  ];
  plan.items.forEach((item, index) => {
    const q = item.question;
    lines.push(
      `## ${itemHeading(item, index)}`,
      '',
      `> ${oneLine(q.text)}`,
      '',
      itemFacts(item),
      '',
    );
    if (q.exercise !== undefined) {
      lines.push(
        `**Exercise (${q.exercise.format}, ${q.exercise.prepMinutes} minutes to prepare):** ${oneLine(q.exercise.brief)}`,
        '',
        '**Materials for the candidate:**',
        '',
        ...q.exercise.materials
          .replace(/\r\n?/g, '\n')
          .trim()
          .split('\n')
          .map((line) => `> ${line}`.trimEnd()),
        '',
      );
    }
    lines.push(`**What you are assessing:** ${oneLine(q.guidance.intent)}`, '');
    if (item.followUps.length > 0) {
      lines.push('**Follow-ups:**', '', ...item.followUps.map((f) => `- ${oneLine(f)}`), '');
    }
    lines.push('**Rating** (tick one):', '');
    for (const [level, anchor] of rubricRows(item)) {
      lines.push(`- [ ] **${level}**${anchor ? `: ${oneLine(anchor)}` : ''}`);
    }
    lines.push('', '**Red flags:**', '', ...redFlags(item).map((flag) => `- ${oneLine(flag)}`));
    lines.push('', '**Notes:**', '', '&nbsp;', '', '&nbsp;', '');
  });
  lines.push(
    '## Competency summary',
    '',
    '| Competency | Questions | Your rating |',
    '|---|---|---|',
  );
  for (const [competency, numbers] of competencyRows(plan)) {
    lines.push(`| ${cell(competency)} | ${numbers.join(', ')} | |`);
  }
  lines.push('', '## Recommendation', '', ...BAND_LABELS.map((label) => `- [ ] ${label}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
