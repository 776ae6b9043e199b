import type { Question } from '@prepdeck/schema';
import type { LintProblem, LintRule } from '../lint-rule.js';

/**
 * Names of regulators, statutes, programs, studies and standards whose mention is a
 * specific fact a reader may want to check.
 */
export const NAMED_SOURCES = [
  'Ofgem',
  'Ofwat',
  'Energy Ombudsman',
  'Consumer Council for Water',
  'WATRS',
  'C-MeX',
  'Citizens Advice',
  'FCC',
  'FERC',
  'FTC',
  'NARUC',
  'NERC',
  'EPA',
  'CPUC',
  'J.D. Power',
  'ACSI',
  'Chartwell',
  'Escalent',
  'Bain',
  'McKinsey',
  'Gartner',
  'Forrester',
  'West Monroe',
  'ICF',
  'APPA',
  'UCARE',
  'HEFPA',
  'TCPA',
  'FDCPA',
  'PCI DSS',
  'IEEE 1366',
  'WCAG',
  'LIHEAP',
  'LIHWAP',
  'Weatherization Assistance Program',
  'Warm Home Discount',
  'Facebook v. Duguid',
  'Utilities United Against Scams',
  'Green Button',
] as const;

const NAMED = new RegExp(
  `(?<![\\w-])(?:${NAMED_SOURCES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w-])`,
);
/** A statute or rule cited by name or number. */
const STATUTE = /\b(?:[A-Z][a-z]+ )+Act\b|\bU\.S\.C\.|\bC\.?F\.?R\b|\bNYCRR\b|§/;
const YEAR = /\b(?:19|20)\d{2}\b/;
const PERCENT = /\d\s?(?:%|percent\b)/;
const MONEY = /[$£€]\s?\d|\b\d[\d,.]*\s?(?:dollars|pounds)\b/;

/** What kind of specific fact a text states, or undefined when it states none. */
export function specificFact(text: string, withFigures: boolean): string | undefined {
  const named = NAMED.exec(text);
  if (named) return `names ${named[0]}`;
  const statute = STATUTE.exec(text);
  if (statute) return `cites "${statute[0]}"`;
  const year = YEAR.exec(text);
  if (year) return `gives the year ${year[0]}`;
  if (withFigures) {
    const percent = PERCENT.exec(text);
    if (percent) return 'gives a percentage';
    if (MONEY.test(text)) return 'gives a money amount';
  }
  return undefined;
}

/**
 * The fields a fact is looked for in. Figures (percentages, money) count everywhere but
 * in the sample answer, where they are the candidate's own results; the weak answer is
 * left out, since it may state a rule wrongly on purpose.
 */
function factFields(question: Question): [string, string, boolean][] {
  const { guidance } = question;
  return [
    ['text', question.text, true],
    ['guidance.intent', guidance.intent, true],
    ...guidance.keyPoints.map((point, i): [string, string, boolean] => [
      `guidance.keyPoints[${i}]`,
      point,
      true,
    ]),
    ...Object.entries(guidance.rubric ?? {}).map(([level, text]): [string, string, boolean] => [
      `guidance.rubric.${level}`,
      text,
      true,
    ]),
    ['guidance.sampleAnswer', guidance.sampleAnswer, false],
    ...guidance.followUps.map((followUp, i): [string, string, boolean] => [
      `guidance.followUps[${i}]`,
      followUp,
      true,
    ]),
  ];
}

export const factsHaveSources: LintRule = {
  name: 'facts-have-sources',
  description:
    'A question that names a regulator, statute, study or standard, gives a year, or gives a percentage or money amount outside its sample answer lists where its facts come from in sources.',
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      if ((question.sources ?? []).length > 0) continue;
      for (const [field, text, withFigures] of factFields(question)) {
        const fact = specificFact(text, withFigures);
        if (fact !== undefined) {
          problems.push({
            file: path,
            field,
            message: `${fact} but the question has no sources; add { claim, source, url, asOf } or write around the fact`,
          });
          break;
        }
      }
    }
    return problems;
  },
};
