/** Edit distance (Levenshtein) between two short strings. */
function distance(a: string, b: string): number {
  // One row of the table: row[j] is the distance from a[0..i) to b[0..j).
  const row = [...Array(b.length + 1).keys()];
  for (const x of a) {
    let diagonal = (row[0] as number)++;
    for (let j = 0; j < b.length; j++) {
      const above = row[j + 1] as number;
      row[j + 1] = Math.min(above + 1, (row[j] as number) + 1, diagonal + (x === b[j] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/**
 * ` Did you mean "x"?` for the closest valid value when it is a near miss, otherwise the
 * empty string. A near miss starts a valid value (three letters or more), or is within an
 * edit distance of half the valid value's length (at least 2).
 */
export function suggestion(value: string, valid: Iterable<string>): string {
  const wanted = value.toLowerCase();
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = wanted.length >= 3 && candidate.startsWith(wanted) ? 0 : distance(wanted, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, best.length >> 1) ? ` Did you mean "${best}"?` : '';
}
