import type { LintProblem, LintRule } from '../lint-rule.js';

/** Bodies and schemes that exist in one jurisdiction only, and that jurisdiction. */
export const PLACE_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/\bOfgem\b|\bEnergy Ombudsman\b|\bWarm Home Discount\b|\bPriority Services Register\b/, 'gb'],
  [/\bOfwat\b|\bConsumer Council for Water\b|\bWATRS\b|\bC-MeX\b/, 'gb'],
  [/\bHEFPA\b|\bNew York PSC\b/, 'us-ny'],
  [/\bUCARE\b/, 'us-pa'],
  [/\bCPUC\b/, 'us-ca'],
  [/\bLIHEAP\b|\bTCPA\b|\bNARUC\b|\bFERC\b|\bFCC\b/, 'us'],
];

export const placedInJurisdiction: LintRule = {
  name: 'placed-in-jurisdiction',
  description:
    'A question whose text or intent is about a body or scheme of one jurisdiction (Ofgem, Ofwat, HEFPA, UCARE, the CPUC...) lists that jurisdiction, or one within it, in jurisdictions.',
  check: ({ questions }) => {
    const problems: LintProblem[] = [];
    for (const { path, question } of questions) {
      const listed = question.jurisdictions ?? [];
      const text = `${question.text} ${question.guidance.intent}`;
      for (const [marker, place] of PLACE_MARKERS) {
        const found = marker.exec(text);
        if (!found) continue;
        if (!listed.some((id) => id === place || id.startsWith(`${place}-`))) {
          problems.push({
            file: path,
            field: 'jurisdictions',
            message: `the question is about ${found[0]}, so list "${place}" (or a jurisdiction within it)`,
          });
        }
      }
    }
    return problems;
  },
};
