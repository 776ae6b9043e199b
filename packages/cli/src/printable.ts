/**
 * Characters a terminal acts on rather than shows: the C0 and C1 controls (`\p{Cc}`, with
 * DEL) other than tab and line feed, since a carriage return, an escape sequence or a NUL
 * can hide or rewrite a message, and the bidirectional controls that reorder the rest of
 * a line.
 */
const UNPRINTABLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = {
  '\t': '\t',
  '\n': '\n',
  '\b': '\\b',
  '\f': '\\f',
  '\r': '\\r',
  '\v': '\\v',
};

/**
 * `text` with every character a terminal would act on written as an escape (`\r`,
 * `\u001b`), so that a value echoed in a message shows as typed: `"\u001b[31m"` stays
 * visible instead of turning the rest of the message red. Tabs and line breaks are kept.
 */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
