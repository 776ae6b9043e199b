/**
 * Text reduced for phrase matching: lower case, curly apostrophes straightened, every run
 * of other characters one space, padded with a space at each end so that
 * `phraseText(answer).includes(phraseText(cue))` matches whole words only.
 */
export function phraseText(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
  return ` ${words} `;
}

/** Whether `text` says `phrase`, whole words, case and punctuation aside. */
export function saysPhrase(text: string, phrase: string): boolean {
  return phraseText(text).includes(phraseText(phrase));
}

/** The number of words in a text. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The number of sentences in a text: breaks after `.`, `!` or `?` before a capital. */
export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"(])/).filter((part) => part.trim() !== '').length;
}
