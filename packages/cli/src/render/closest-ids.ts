/**
 * Up to `limit` ids most like `wanted`: ids that contain it first, then ids that share the
 * most words with it (a word matches the same word, or a prefix of four letters or more).
 */
export function closestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  const target = wanted.toLowerCase();
  const words = target.split(/[^a-z0-9]+/).filter(Boolean);
  const alike = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const scored = ids
    .map((id) => {
      const parts = id.split('-');
      const shared = words.filter((word) => parts.some((part) => alike(word, part))).length;
      // Every id contains the empty string; that is no likeness.
      const contains = target !== '' && id.includes(target) ? 1 : 0;
      return { id, score: contains + shared / Math.max(parts.length, words.length) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return scored.slice(0, limit).map(({ id }) => id);
}
