/** The shortest stem a suffix may leave behind. */
const MIN_STEM = 3;

/** Consonants that are doubled before `-ed` and `-ing` (`stopped`, `planning`, `setting`). */
const DOUBLED = new Set(['b', 'g', 'm', 'n', 'p', 'r', 't']);

/** `word` without `suffix`, plus `replacement`, if it leaves at least `min` letters. */
function strip(word: string, suffix: string, replacement: string, min: number): string | undefined {
  if (!word.endsWith(suffix) || word.length - suffix.length < min) return undefined;
  return word.slice(0, word.length - suffix.length) + replacement;
}

/** The plural step: `-ies` becomes `-y`; a final `-s` goes, except after `s`, `u` or `i`. */
function stripPlural(word: string): string {
  const ies = strip(word, 'ies', 'y', MIN_STEM - 1);
  if (ies !== undefined) return ies;
  if (/[^sui]s$/.test(word)) return strip(word, 's', '', MIN_STEM) ?? word;
  return word;
}

/** The tense step: `-ied` becomes `-y`; `-ing` and `-ed` go, undoubling a final consonant. */
function stripTense(word: string): string | undefined {
  const ied = strip(word, 'ied', 'y', MIN_STEM - 1);
  if (ied !== undefined) return ied;
  const stem = strip(word, 'ing', '', MIN_STEM) ?? strip(word, 'ed', '', MIN_STEM);
  if (stem === undefined) return undefined;
  const last = stem.charAt(stem.length - 1);
  const undouble = DOUBLED.has(last) && stem.charAt(stem.length - 2) === last;
  return undouble && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}

/** Stems worked out before: answers and cues reuse most of their words. */
const STEMS = new Map<string, string>();

/**
 * Reduces a folded word to a stem, so that simple inflections of a word share its stem.
 * The steps, in order, never leave fewer than three letters:
 *
 * 1. Plural: `-ies` becomes `-y` (`policies` → `policy`); a final `-s` goes unless it
 *    follows `s`, `u` or `i` (`reads` → `read`, but `access`, `status`, `analysis` stay).
 * 2. Tense: `-ied` becomes `-y` (`applied` → `apply`); `-ing` or `-ed` goes, and a doubled
 *    final `b`, `g`, `m`, `n`, `p`, `r` or `t` is undoubled (`stopped` → `stop`,
 *    `billing` → `bill`, `added` → `add`).
 * 3. Silent `e`: when step 2 removed nothing, a final `-e` goes, so the base form meets
 *    its inflections (`estimate`, `estimated`, `estimating` → `estimat`).
 *
 * @param word - A word folded by `foldText`.
 * @returns Its stem.
 *
 * @example
 * ```ts
 * stemWord('disputes'); // 'disput'
 * stemWord('disputed'); // 'disput'
 * stemWord('histories'); // 'history'
 * ```
 */
export function stemWord(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    const plural = stripPlural(word);
    stem = stripTense(plural) ?? strip(plural, 'e', '', MIN_STEM) ?? plural;
    if (STEMS.size > 20_000) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}
