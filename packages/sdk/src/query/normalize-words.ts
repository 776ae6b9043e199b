/**
 * Lower-cases a text, strips accents and splits it into words of letters and digits:
 * `"Résumé, re-read"` gives `['resume', 're', 'read']`.
 */
export function normalizeWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
