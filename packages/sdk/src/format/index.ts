/**
 * Exports to Markdown, CSV, JSON and Anki, with or without guidance.
 *
 * @packageDocumentation
 * @module @prepdeck/sdk/format
 */
export type { FormattableQuestion } from './formattable-question.js';
export type { ToAnkiOptions } from './to-anki.js';
export { toAnki } from './to-anki.js';
export type { ToCsvOptions } from './to-csv.js';
export { toCsv } from './to-csv.js';
export type { ToJsonOptions } from './to-json.js';
export { toJson } from './to-json.js';
export type { ToMarkdownOptions } from './to-markdown.js';
export { toMarkdown } from './to-markdown.js';
