/**
 * Shows what the coach's red-flag matching finds in the bank's own answers, read straight
 * from the YAML sources (no build needed): for each question, the flags raised on its
 * sample answer (there should be none) and on its weak answer. For writing and reviewing
 * red-flag cues. `pnpm --filter @prepdeck/sdk exec tsx eval/check-cues.ts <folder or
 * .yaml files under packages/questions/content>...`
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type CoachableQuestion, createCoach } from '../src/coach/index.js';

const contentDir = resolve(import.meta.dirname, '../../questions/content');
const concepts = parse(readFileSync(join(contentDir, 'concepts.yaml'), 'utf8'));
const coach = createCoach({ concepts });

const files = process.argv.slice(2).flatMap((arg) => {
  const path = resolve(arg);
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(path, f))
    : [path];
});
if (files.length === 0) {
  console.error('Usage: tsx eval/check-cues.ts <category folder or question .yaml>...');
  process.exit(2);
}

let sampleFlagged = 0;
let weakFlags = 0;
let flagsWithCues = 0;
for (const file of files) {
  const question = parse(readFileSync(file, 'utf8')) as CoachableQuestion & {
    guidance: { redFlags: { text: string; cues: string[] }[] };
  };
  if (typeof question?.id !== 'string' || question.guidance === undefined) continue;
  const sample = coach.review(question, question.guidance.sampleAnswer ?? '');
  const weak = coach.review(question, question.guidance.weakAnswer ?? '');
  flagsWithCues += question.guidance.redFlags.filter((f) => f.cues.length > 0).length;
  weakFlags += weak.redFlags.filter((f) => f.generic === undefined).length;
  const lines = [
    ...sample.redFlags.map((f) => `  SAMPLE ANSWER FLAGGED: ${f.flag}\n    in: ${f.evidence}`),
    ...weak.redFlags.map((f) => `  weak answer: ${f.flag}`),
  ];
  if (sample.redFlags.length > 0) sampleFlagged++;
  console.log(`${question.id}\n${lines.join('\n') || '  (no flags on either answer)'}`);
}
console.log(
  `\n${files.length} questions: ${sampleFlagged} sample answers flagged (should be 0); weak answers raise ${weakFlags} of ${flagsWithCues} cued flags.`,
);
