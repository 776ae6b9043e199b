/**
 * Measures the coach against labelled answers (eval/answers/<question-id>.yaml, written
 * by hiring-manager readers who had not seen the coach): how often a strong answer scores
 * above each weaker kind, key-point recall and precision against the labels, red flags
 * caught and false flags on strong answers. The questions are split in two halves by a
 * hash of their id: the coach is tuned on the "tune" half, and both are reported. Exits 1
 * when a figure over all answers falls below its threshold. `pnpm eval:coach`, or
 * `pnpm eval:coach --misses` to also list each labelled red flag the coach did not find.
 * It also checks the bank against itself: every sample answer above its weak answer, at
 * good or excellent and raising no red flag, every weak answer at poor or mixed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bank } from '@prepdeck/questions';
import { parse } from 'yaml';
import { type AnswerReview, createCoach, GENERIC_RED_FLAGS } from '../src/coach/index.js';

const KINDS = ['strong', 'short-strong', 'vague', 'red-flag', 'stuffed', 'long-stuffed'] as const;
type Kind = (typeof KINDS)[number];

interface LabelledAnswer {
  readonly kind: Kind;
  readonly text: string;
  readonly covers: readonly string[];
  readonly redFlags: readonly string[];
}

/** The thresholds of the issue, over all answers. */
export const THRESHOLDS = {
  strongAboveVague: 0.95,
  strongAboveRedFlag: 0.95,
  strongAboveStuffed: 0.95,
  strongAboveLongStuffed: 0.95,
  shortStrongAboveVague: 0.9,
  keyPointRecall: 0.85,
  keyPointPrecision: 0.8,
  redFlagsCaught: 0.6,
  falseFlagsOnStrong: 0.05,
} as const;

const dir = join(import.meta.dirname, 'answers');
const coach = createCoach({ concepts: bank.concepts ?? [] });
const byId = new Map(bank.questions.map((q) => [q.id, q]));
const genericIds = new Set(GENERIC_RED_FLAGS.map((f) => f.id));

/** FNV-1a of the id, for a stable split into halves. */
function half(id: string): 'tune' | 'report' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'report';
}

interface Tally {
  wins: Record<string, [number, number]>;
  tp: number;
  predicted: number;
  labelled: number;
  flagsLabelled: number;
  flagsCaught: number;
  strongAnswers: number;
  strongFlagged: number;
  questions: number;
  answers: number;
}

const empty = (): Tally => ({
  wins: {},
  tp: 0,
  predicted: 0,
  labelled: 0,
  flagsLabelled: 0,
  flagsCaught: 0,
  strongAnswers: 0,
  strongFlagged: 0,
  questions: 0,
  answers: 0,
});
const tallies = { tune: empty(), report: empty(), all: empty() };
const stale: string[] = [];
const showMisses = process.argv.includes('--misses');
const misses: string[] = [];

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const data = parse(readFileSync(join(dir, file), 'utf8')) as {
    question: string;
    answers: LabelledAnswer[];
  };
  const question = byId.get(data.question);
  if (question === undefined) {
    stale.push(`${file}: no question "${data.question}" in the bank`);
    continue;
  }
  const points = question.guidance.keyPoints;
  const flagTexts = question.guidance.redFlags.map((f) => f.text);
  const reviews = new Map<Kind, AnswerReview>();
  const targets = [tallies[half(question.id)], tallies.all];
  for (const t of targets) t.questions++;
  for (const answer of data.answers) {
    for (const c of answer.covers)
      if (!points.includes(c))
        stale.push(
          `${file} ${answer.kind}: key point no longer in the question: "${c.slice(0, 50)}..."`,
        );
    for (const f of answer.redFlags)
      if (!flagTexts.includes(f) && !genericIds.has(f))
        stale.push(
          `${file} ${answer.kind}: red flag no longer in the question: "${f.slice(0, 50)}..."`,
        );
    const review = coach.review(question, answer.text);
    reviews.set(answer.kind, review);
    const predicted = new Set(review.keyPoints.filter((k) => k.covered).map((k) => k.point));
    const labelled = new Set(answer.covers);
    const found = new Set(review.redFlags.map((f) => f.generic ?? f.flag));
    for (const t of targets) {
      t.answers++;
      t.predicted += predicted.size;
      t.labelled += labelled.size;
      for (const p of predicted) if (labelled.has(p)) t.tp++;
      if (answer.kind === 'red-flag') {
        t.flagsLabelled += answer.redFlags.length;
        t.flagsCaught += answer.redFlags.filter((f) => found.has(f)).length;
        if (showMisses && t === tallies.all)
          for (const f of answer.redFlags.filter((x) => !found.has(x)))
            misses.push(`${question.id}: missed "${f}"\n  ${answer.text}`);
      }
      if (answer.kind === 'strong' || answer.kind === 'short-strong') {
        t.strongAnswers++;
        if (review.redFlags.length > 0) t.strongFlagged++;
      }
    }
  }
  const pairs: [string, Kind, Kind][] = [
    ['strongAboveVague', 'strong', 'vague'],
    ['strongAboveRedFlag', 'strong', 'red-flag'],
    ['strongAboveStuffed', 'strong', 'stuffed'],
    ['strongAboveLongStuffed', 'strong', 'long-stuffed'],
    ['shortStrongAboveVague', 'short-strong', 'vague'],
  ];
  for (const [key, a, b] of pairs) {
    const ra = reviews.get(a);
    const rb = reviews.get(b);
    if (ra === undefined || rb === undefined) continue;
    for (const t of targets) {
      const w = t.wins[key] ?? [0, 0];
      t.wins[key] = [w[0] + (ra.score > rb.score ? 1 : 0), w[1] + 1];
    }
  }
}

const figures = (t: Tally): Record<keyof typeof THRESHOLDS, number> => ({
  strongAboveVague: rate(t.wins.strongAboveVague),
  strongAboveRedFlag: rate(t.wins.strongAboveRedFlag),
  strongAboveStuffed: rate(t.wins.strongAboveStuffed),
  strongAboveLongStuffed: rate(t.wins.strongAboveLongStuffed),
  shortStrongAboveVague: rate(t.wins.shortStrongAboveVague),
  keyPointRecall: t.labelled === 0 ? 0 : t.tp / t.labelled,
  keyPointPrecision: t.predicted === 0 ? 0 : t.tp / t.predicted,
  redFlagsCaught: t.flagsLabelled === 0 ? 0 : t.flagsCaught / t.flagsLabelled,
  falseFlagsOnStrong: t.strongAnswers === 0 ? 1 : t.strongFlagged / t.strongAnswers,
});
function rate(pair: [number, number] | undefined): number {
  return pair === undefined || pair[1] === 0 ? 0 : pair[0] / pair[1];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = {
  tune: figures(tallies.tune),
  report: figures(tallies.report),
  all: figures(tallies.all),
};
console.log(
  `${tallies.all.answers} answers to ${tallies.all.questions} questions (tune half: ${tallies.tune.questions} questions, report half: ${tallies.report.questions})\n`,
);
const rows = (Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[]).map((key) => {
  const lowerIsBetter = key === 'falseFlagsOnStrong';
  const met = lowerIsBetter ? f.all[key] <= THRESHOLDS[key] : f.all[key] >= THRESHOLDS[key];
  return [
    key,
    pct(f.tune[key]),
    pct(f.report[key]),
    pct(f.all[key]),
    `${lowerIsBetter ? '<=' : '>='} ${pct(THRESHOLDS[key])}`,
    met ? 'met' : 'MISSED',
  ];
});
const widths = [0, 1, 2, 3, 4, 5].map((i) =>
  Math.max(
    ...[['figure', 'tune', 'report', 'all', 'threshold', 'status'], ...rows].map(
      (r) => String(r[i]).length,
    ),
  ),
);
for (const row of [['figure', 'tune', 'report', 'all', 'threshold', 'status'], ...rows]) {
  console.log(row.map((cell, i) => String(cell).padEnd(widths[i] as number)).join('  '));
}
if (stale.length > 0) {
  console.log(`\n${stale.length} labels no longer match the bank:`);
  for (const line of stale.slice(0, 20)) console.log(`  ${line}`);
}
if (misses.length > 0) {
  console.log(`\n${misses.length} labelled red flags not found:`);
  for (const line of misses) console.log(`  ${line}`);
}
// The bank against itself: each question's sample answer above its weak answer, sample
// answers at good or excellent, weak answers at poor or mixed, and no red flag raised on
// a sample answer.
const bankChecks = { sampleAboveWeak: 0, sampleGood: 0, weakLow: 0, sampleUnflagged: 0 };
const bankMisses: string[] = [];
for (const question of bank.questions) {
  const sample = coach.review(question, question.guidance.sampleAnswer);
  const weak = coach.review(question, question.guidance.weakAnswer);
  const checks: [keyof typeof bankChecks, boolean, string][] = [
    [
      'sampleAboveWeak',
      sample.score > weak.score,
      `sample ${sample.score} not above weak ${weak.score}`,
    ],
    [
      'sampleGood',
      sample.level === 'good' || sample.level === 'excellent',
      `sample answer is ${sample.level} (${sample.score})`,
    ],
    [
      'weakLow',
      weak.level === 'poor' || weak.level === 'mixed',
      `weak answer is ${weak.level} (${weak.score})`,
    ],
    [
      'sampleUnflagged',
      sample.redFlags.length === 0,
      `sample answer raises "${sample.redFlags[0]?.flag}"`,
    ],
  ];
  for (const [key, ok, why] of checks) {
    if (ok) bankChecks[key]++;
    else bankMisses.push(`${question.id}: ${why}`);
  }
}
const total = bank.questions.length;
console.log(`
The bank against itself (${total} questions; each figure should be ${total}):`);
for (const [key, count] of Object.entries(bankChecks)) {
  console.log(
    `  ${key.padEnd(16)} ${String(count).padStart(4)}  ${count === total ? 'met' : 'MISSED'}`,
  );
}
if (showMisses && bankMisses.length > 0) {
  console.log(`
${bankMisses.length} bank answers off their mark:`);
  for (const line of bankMisses) console.log(`  ${line}`);
}
const bankMissed = Object.values(bankChecks).filter((count) => count !== total).length;
const missed = rows.filter((r) => r[5] === 'MISSED').length + bankMissed;
if (tallies.all.answers < 240 || tallies.all.questions < 40) {
  console.log(
    `\nToo few labelled answers: ${tallies.all.answers} to ${tallies.all.questions} questions (at least 240 to 40).`,
  );
  process.exitCode = 1;
}
if (missed > 0 || stale.length > 0) process.exitCode = 1;
