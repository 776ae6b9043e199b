import { splitWords } from './split-words.js';

/**
 * Management buzzwords that pad an answer without saying anything an interviewer could
 * check. The coach counts them and deducts from the score past the first.
 *
 * @example
 * ```ts
 * import { BUZZWORDS } from '@prepdeck/sdk/coach';
 *
 * BUZZWORDS.includes('synergy'); // true
 * ```
 */
export const BUZZWORDS: readonly string[] = Object.freeze([
  'leverage',
  'leveraged',
  'leveraging',
  'holistic',
  'holistically',
  'synergy',
  'synergies',
  'synergistic',
  'robust',
  'seamless',
  'seamlessly',
  'paradigm',
  'streamline',
  'streamlined',
  'streamlining',
  'optimize',
  'optimise',
  'optimized',
  'optimised',
  'optimizing',
  'optimising',
  'empower',
  'empowered',
  'empowering',
  'ecosystem',
  'actionable',
  'scalable',
  'transformative',
  'transformational',
  'best-in-class',
  'world-class',
  'cutting-edge',
  'game-changer',
  'game-changing',
  'value-add',
  'deliverables',
  'bandwidth',
  'alignment',
  'ideate',
  'innovative',
  'customer-centric',
  'end-to-end',
  'frictionless',
  'impactful',
  'mindset',
  'stakeholder-centric',
  'excellence',
  'journey-mapping',
  'north-star',
  'move the needle',
  'circle back',
  'drive alignment',
  'best practices',
  'key learnings',
]);

const SINGLE = new Set(BUZZWORDS.filter((w) => !w.includes(' ') && !w.includes('-')));
const PHRASES = BUZZWORDS.filter((w) => w.includes(' ') || w.includes('-'));

/** How many buzzwords an answer uses, and which. */
export function countBuzzwords(
  answer: string,
  folded: readonly string[] = splitWords(answer).map((word) => word.folded),
): { readonly count: number; readonly words: string[] } {
  const found: string[] = [];
  for (const word of folded) if (SINGLE.has(word)) found.push(word);
  const lower = answer.toLowerCase();
  if (!PHRASES.some((phrase) => lower.includes(phrase)))
    return { count: found.length, words: [...new Set(found)] };
  const text = ` ${answer
    .toLowerCase()
    .replace(/[^a-z0-9 -]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  for (const phrase of PHRASES) {
    let at = text.indexOf(` ${phrase} `);
    while (at !== -1) {
      found.push(phrase);
      at = text.indexOf(` ${phrase} `, at + phrase.length);
    }
  }
  return { count: found.length, words: [...new Set(found)] };
}

/** Whether any of the folded words is a one-word buzzword. */
export function hasBuzzword(folded: readonly string[]): boolean {
  return folded.some((word) => SINGLE.has(word));
}
