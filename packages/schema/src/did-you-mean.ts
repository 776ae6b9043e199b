/** Edit distance (Levenshtein) between two short strings, one table row at a time. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * ` Did you mean "x"?` for the valid value closest to `value` when it is a near miss (it
 * starts the valid value with three letters or more, or is within an edit distance of a
 * third of the valid value's length, at least 2, ignoring case), otherwise the empty
 * string: "behavioural" suggests "behavioral", "telepathy" does not suggest "empathy", and
 * "uk" does not suggest "us" (short ids are suggested only for a difference of case).
 */
export function didYouMean(value: string, valid: Iterable<string>): string {
  const wanted = value.toLowerCase();
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of valid) {
    const folded = candidate.toLowerCase();
    const d = wanted.length >= 3 && folded.startsWith(wanted) ? 0 : distance(wanted, folded);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two- and three-letter ids (us, gb) are too close to each other for edits to mean much.
  const allowed = best.length <= 3 ? 0 : Math.max(2, Math.floor(best.length / 3));
  return best !== '' && bestDistance <= allowed ? ` Did you mean "${best}"?` : '';
}
