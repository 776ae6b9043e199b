import type { Bank } from './bank-schema.js';
import { safeParseBank } from './safe-parse-bank.js';

/**
 * Validates a bank's shape and cross-references and returns it deep-frozen.
 *
 * Checks: every field's type and bounds; ids kebab-case and unique per collection; each
 * question's category, roles, competencies, tags, related ids and jurisdictions resolve
 * inside the bank; no question lists itself as related; every jurisdiction's parent
 * exists and its id extends the parent's (`us-ny` within `us`, so no cycle can form); a concept term belongs to one concept
 * only; every `moved` id points at a live question and is no longer used by one. The
 * input is never modified: the returned bank is a frozen copy. Red flags given as plain
 * strings come back as `{ text, cues: [] }`.
 *
 * @param input - Anything: typically the result of `JSON.parse` or a YAML parser.
 * @returns The bank, deep-frozen.
 * @throws {@link BankValidationError} listing every issue, with paths like
 *   `questions[12].category`.
 *
 * @example
 * ```ts
 * import { parseBank } from '@prepdeck/schema';
 *
 * const bank = parseBank(JSON.parse(json));
 * Object.isFrozen(bank.questions[0]); // true
 * ```
 * @category Parsing
 */
export function parseBank(input: unknown): Bank {
  const result = safeParseBank(input);
  if (!result.success) throw result.error;
  return result.data;
}
