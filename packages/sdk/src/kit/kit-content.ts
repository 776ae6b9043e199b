import { redFlagText } from '../red-flag-text.js';
import type { InterviewItem, InterviewPlan } from './interview-plan.js';
import { RUBRIC_LEVELS } from './rubric-levels.js';

/** The instructions at the head of every kit, one paragraph each. */
export const KIT_INSTRUCTIONS: readonly string[] = [
  'Ask every candidate these questions in this order, in the same words. Use the follow-ups listed to probe; keep other prompts neutral.',
  'While the candidate answers, note what they said and did, not your impression of them.',
  'Straight after each answer, tick the rubric level whose description fits the answer best. Rate on your own before the panel discusses.',
  'Red flags are listed to help you notice them, not to end the interview: note the words that raised one.',
  'At the end, fill in the competency summary from your ratings and record your overall recommendation.',
];

/** A heading for the kit. */
export function kitTitle(plan: InterviewPlan): string {
  const n = plan.items.length;
  return `Interview kit: ${plan.minutes} minutes, ${n} question${n === 1 ? '' : 's'}`;
}

/** The line under the title: seed and planned time. */
export function kitFacts(plan: InterviewPlan): string {
  return `Seed ${plan.seed} · ${plan.plannedMinutes} of ${plan.minutes} minutes planned`;
}

const PARTS = { 'warm-up': 'Warm-up', question: 'Question', exercise: 'Exercise' } as const;

/** The heading of one item, such as `3. Question (6 min)`. */
export function itemHeading(item: InterviewItem, index: number): string {
  return `${index + 1}. ${PARTS[item.part]} (${item.minutes} min)`;
}

/** The facts line of one item: category, type, difficulty, competencies. */
export function itemFacts(item: InterviewItem): string {
  const q = item.question;
  const facts = [q.category, q.type, q.difficulty];
  if (q.competencies.length > 0) facts.push(`assesses ${q.competencies.join(', ')}`);
  return facts.join(' · ');
}

/** The four rubric rows of an item: level name and anchor (a placeholder without one). */
export function rubricRows(item: InterviewItem): [string, string][] {
  const rubric = item.question.guidance.rubric;
  return RUBRIC_LEVELS.map((level) => [
    level.charAt(0).toUpperCase() + level.slice(1),
    rubric?.[level] ?? '',
  ]);
}

/** The red-flag texts of an item. */
export function redFlags(item: InterviewItem): string[] {
  return item.question.guidance.redFlags.map(redFlagText);
}

/** Each competency the plan assesses, with the numbers of the items that assess it. */
export function competencyRows(plan: InterviewPlan): [string, number[]][] {
  const rows = new Map<string, number[]>();
  plan.items.forEach((item, index) => {
    for (const competency of item.question.competencies) {
      const list = rows.get(competency) ?? [];
      list.push(index + 1);
      rows.set(competency, list);
    }
  });
  return [...rows];
}

/** The overall recommendation choices, for the panel to tick. */
export const BAND_LABELS: readonly string[] = ['Strong no', 'No', 'Yes', 'Strong yes'];
