/** Text with only ASCII characters, which folding leaves as it is but for case. */
const ASCII = /^\p{ASCII}*$/u;

/**
 * Folds text for matching: compatibility characters (ligatures, full-width letters) become
 * their plain forms, letters become lower case, accents and other combining marks are
 * removed, and curly apostrophes become straight ones. The result depends only on the
 * input, never on the locale.
 *
 * @param text - Any text.
 * @returns The folded text.
 *
 * @example
 * ```ts
 * foldText('Café CRÈME’s'); // "cafe creme's"
 * ```
 */
export function foldText(text: string): string {
  // Plain ASCII has no accents or curly apostrophes to fold: lower case is enough.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}
