import type { RedFlagLike } from './guidance-like.js';

/**
 * The text of a red flag, whichever form it takes.
 *
 * @param flag - A red flag: `{ text, cues }` or a string.
 * @returns Its text.
 *
 * @example
 * ```ts
 * import { redFlagText } from '@prepdeck/sdk';
 *
 * redFlagText({ text: 'Blames the customer.', cues: [] }); // 'Blames the customer.'
 * redFlagText('Blames the customer.'); // 'Blames the customer.'
 * ```
 * @category Question model
 */
export function redFlagText(flag: RedFlagLike): string {
  return typeof flag === 'string' ? flag : String(flag?.text ?? '');
}
