import { contentStems, findPhrases, type Lexicon } from './concept-lexicon.js';
import { GENERIC_STEMS } from './generic-stems.js';

/** A unit of meaning to look for in an answer, and how to show it when found. */
export interface PhraseUnit {
  /** A content-word stem, or `#concept-id` for a phrase of the lexicon. */
  readonly unit: string;
  /** The words of the phrase the unit stands for, as the phrase writes them. */
  readonly label: string;
  /**
   * A weak unit is weak evidence: a word every answer says (`customer`, `call`) or one of
   * the question's own words, which a candidate echoes without saying anything.
   */
  readonly weak?: boolean;
}

/**
 * The units of a key point or key term: its content-word stems, with every phrase of the
 * lexicon replaced by its concept, so that a synonym in the answer counts. Repeats go.
 */
export function phraseUnits(
  text: string,
  lexicon: Lexicon,
  echoed: ReadonlySet<string> = new Set(),
): PhraseUnit[] {
  const stems = contentStems(text);
  const labels = text.split(/\s+/).filter(Boolean);
  const units: PhraseUnit[] = [];
  const seen = new Set<string>();
  const add = (unit: string, label: string) => {
    if (seen.has(unit)) return;
    seen.add(unit);
    const weak = GENERIC_STEMS.has(unit) || echoed.has(unit);
    units.push(weak ? { unit, label, weak } : { unit, label });
  };
  let next = 0;
  for (const match of findPhrases(stems, lexicon)) {
    for (let i = next; i < match.start; i++) add(stems[i] as string, stems[i] as string);
    add(`#${match.concept}`, lexicon.label.get(match.concept) ?? match.concept);
    next = match.start + match.length;
  }
  for (let i = next; i < stems.length; i++) add(stems[i] as string, stems[i] as string);
  return labels.length > 0 ? units : [];
}
