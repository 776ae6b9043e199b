import { stripVTControlCharacters } from 'node:util';

/** The columns a string takes on screen: colour codes take none. */
const visibleWidth = (text: string) => stripVTControlCharacters(text).length;

/**
 * Word-wraps `text` to `width` columns, prefixing every line with `indent` (and the first
 * line with `firstIndent` when given). Widths are measured as they show: colour codes in
 * the text or the indents count for nothing.
 */
export function wrapText(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && visibleWidth(line) + 1 + visibleWidth(word) > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Joins `parts` with `separator` (` · ` by default), breaking lines only between parts so
 * that a part such as `4 min` or `manager, director` stays whole; a continued line starts
 * with `continued` (`· ` by default), and a part wider than the line gets a line of its own.
 */
export function wrapParts(
  parts: readonly string[],
  width: number,
  indent = '',
  firstIndent = indent,
  { separator = ' · ', continued = '· ' }: { separator?: string; continued?: string } = {},
): string {
  const lines: string[] = [];
  let line: string | undefined;
  for (const part of parts) {
    if (line === undefined) line = `${firstIndent}${part}`;
    else if (visibleWidth(line) + separator.length + visibleWidth(part) > width) {
      lines.push(line);
      line = `${indent}${continued}${part}`;
    } else line += `${separator}${part}`;
  }
  lines.push(line ?? firstIndent);
  return lines.join('\n');
}
