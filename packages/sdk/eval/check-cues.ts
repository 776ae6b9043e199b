/**
 * Shows what the coach's red-flag matching finds in the bank's own answers, read straight
 * from the YAML sources (no build needed). For writing and reviewing red-flag cues.
 *
 * `tsx eval/check-cues.ts <category folder or question .yaml>...` prints, for each
 * question, the flags raised on its sample answer (there should be none) and on its weak
 * answer.
 *
 * `tsx eval/check-cues.ts --across [--remove]` checks every cue against every question's
 * sample answer: a cue that fires on a strong answer to another question is too generic
 * to give a weak answer away. `--remove` takes those cues out of the files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { analyseAnswer } from '../src/coach/analyse-answer.js';
import { compileLexicon } from '../src/coach/concept-lexicon.js';
import { compileCue, findRedFlags } from '../src/coach/find-red-flags.js';
import { type CoachableQuestion, createCoach } from '../src/coach/index.js';

type CuedQuestion = CoachableQuestion & {
  guidance: { redFlags: { text: string; cues: string[] }[] };
};

const contentDir = resolve(import.meta.dirname, '../../questions/content');
const concepts = parse(readFileSync(join(contentDir, 'concepts.yaml'), 'utf8'));
const args = process.argv.slice(2);

const yamlFiles = (path: string): string[] =>
  statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join(path, f))
    : [path];

function readQuestion(file: string): CuedQuestion | undefined {
  const question = parse(readFileSync(file, 'utf8')) as CuedQuestion;
  return typeof question?.id === 'string' && question.guidance !== undefined ? question : undefined;
}

if (args.includes('--across')) {
  const lexicon = compileLexicon(concepts);
  const files = readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => yamlFiles(join(contentDir, entry.name)));
  const questions = files.flatMap((file) => {
    const question = readQuestion(file);
    return question ? [{ file, question }] : [];
  });
  const samples = questions.map(({ question }) => ({
    id: question.id,
    sentences: analyseAnswer(question.guidance.sampleAnswer ?? '', lexicon),
  }));
  let generic = 0;
  let total = 0;
  for (const { file, question } of questions) {
    const drop = new Set<string>();
    for (const flag of question.guidance.redFlags) {
      for (const cue of flag.cues) {
        total++;
        const compiled = [{ text: flag.text, cues: [compileCue(cue, lexicon)] }];
        const hits = samples.filter((s) => findRedFlags(compiled, s.sentences).length > 0);
        if (hits.length === 0) continue;
        generic++;
        drop.add(cue);
        console.log(`${question.id}: "${cue}" fires on ${hits.map((h) => h.id).join(', ')}`);
      }
    }
    if (args.includes('--remove') && drop.size > 0) {
      const text = readFileSync(file, 'utf8').replace(
        /^(\s*cues: \[)(.*)\]$/gm,
        (_, head: string, list: string) =>
          `${head}${list
            .split(', ')
            .filter((cue) => !drop.has(cue))
            .join(', ')}]`,
      );
      writeFileSync(file, text);
    }
  }
  console.log(
    `\n${generic} of ${total} cues fire on a question's sample answer${args.includes('--remove') ? '; removed' : ''}.`,
  );
} else {
  const coach = createCoach({ concepts });
  const files = args.flatMap((arg) => yamlFiles(resolve(arg)));
  if (files.length === 0) {
    console.error(
      'Usage: tsx eval/check-cues.ts <category folder or question .yaml>... | --across [--remove]',
    );
    process.exit(2);
  }
  let sampleFlagged = 0;
  let weakFlags = 0;
  let flagsWithCues = 0;
  for (const file of files) {
    const question = readQuestion(file);
    if (question === undefined) continue;
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
}
