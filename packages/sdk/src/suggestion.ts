/** Edit distance (Levenshtein) between two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
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
