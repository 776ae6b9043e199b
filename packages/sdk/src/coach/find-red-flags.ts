import type { AnswerSentence } from './analyse-answer.js';
import { findPhrases, type Lexicon } from './concept-lexicon.js';
import { STOP_WORDS } from './content-words.js';
import { splitWords } from './split-words.js';
import { stemWord } from './stem-word.js';

/**
 * A red flag every interviewer recognises, whatever the question: its id, what it is,
 * and the phrases that give it away. The coach looks for these in every answer, beside
 * the question's own red flags.
 *
 * @example
 * ```ts
 * import type { GenericRedFlag } from '@prepdeck/sdk/coach';
 *
 * const label = (flag: GenericRedFlag) => `${flag.id}: ${flag.text}`;
 * ```
 */
export interface GenericRedFlag {
  readonly id: string;
  readonly text: string;
  readonly cues: readonly string[];
}

/**
 * The generic red flags: blaming the customer or another team, policy with no discretion,
 * promising what the role cannot promise, sharing a customer's data, and disconnecting a
 * protected customer.
 *
 * @example
 * ```ts
 * import { GENERIC_RED_FLAGS } from '@prepdeck/sdk/coach';
 *
 * GENERIC_RED_FLAGS.map((flag) => flag.id);
 * // ['blames-others', 'policy-without-discretion', 'promises-the-impossible',
 * //  'shares-customer-data', 'disconnects-protected-customer']
 * ```
 */
export const GENERIC_RED_FLAGS: readonly GenericRedFlag[] = Object.freeze([
  {
    id: 'blames-others',
    text: 'Blames the customer or another team instead of owning the problem.',
    cues: [
      'not our problem',
      'not my problem',
      'not our fault',
      'their own fault',
      "customer's fault",
      'the customer should have',
      'they should have read',
      "it's billing's fault",
      "that's billing's fault",
      "that's on the customer",
      'blame the field team',
      'blame the billing team',
      'other department messed up',
    ],
  },
  {
    id: 'policy-without-discretion',
    text: 'Applies policy with no judgement: "policy is policy".',
    cues: [
      'policy is policy',
      'rules are rules',
      'no exceptions',
      'nothing i can do',
      'nothing we can do',
      'my hands are tied',
      "can't make exceptions",
      'the policy is the policy',
    ],
  },
  {
    id: 'promises-the-impossible',
    text: 'Promises an outcome the role cannot promise.',
    cues: [
      'i guarantee',
      'i promise it',
      'guarantee it will',
      'will never happen again',
      'i promise you',
      'promise the customer',
      'guarantee the customer',
    ],
  },
  {
    id: 'shares-customer-data',
    text: 'Discloses a customer\u2019s data to someone not entitled to it.',
    cues: [
      'gave them the account details',
      'give them the account details',
      'gave her the address',
      'gave him the address',
      'give out the address',
      'read out the balance',
      'shared their details with',
      'passed on their details',
      'told them the balance',
    ],
  },
  {
    id: 'disconnects-protected-customer',
    text: 'Disconnects a customer the rules protect.',
    cues: [
      'disconnect them anyway',
      'cut them off anyway',
      'shut them off anyway',
      'disconnect anyway',
      'still disconnect them',
      'I would still disconnect',
      "I'd still disconnect",
      'medical certificate or not',
      'regardless of the medical',
      'proceed with the disconnection',
    ],
  },
] satisfies GenericRedFlag[]);

/**
 * A red flag the coach found, with the sentence that raised it.
 *
 * @example
 * ```ts
 * import type { RedFlagFinding } from '@prepdeck/sdk/coach';
 *
 * const line = (finding: RedFlagFinding) => `${finding.flag} ("${finding.evidence}")`;
 * ```
 */
export interface RedFlagFinding {
  /** The red flag's text: the question's own, or a generic one. */
  readonly flag: string;
  /** The sentence of the answer that raised it. */
  readonly evidence: string;
  /** The generic flag's id, or `undefined` for one of the question's own. */
  readonly generic: string | undefined;
}

/** Words that, earlier in the same clause, turn a cue around ("I would never say..."). */
const NEGATORS = new Set([
  'never',
  'not',
  'no',
  "don't",
  'dont',
  "won't",
  "wouldn't",
  "didn't",
  "doesn't",
  "isn't",
  "can't",
  'cannot',
  "shouldn't",
  'avoid',
  'avoided',
  'refuse',
  'refused',
  'instead',
  'rather',
  'without',
  'stop',
  'stopped',
]);

/** A cue compiled for matching: its words stemmed, one run per wording. */
export interface CompiledCue {
  readonly runs: readonly (readonly string[])[];
  /** The stems of its content words, which a looser match finds in order. */
  readonly content: readonly string[];
}

/** A looser match may spread a cue's content words over this many more words. */
const CUE_SLACK = 2;

const STOP = new Set(STOP_WORDS);

/**
 * A cue as word-stem runs: its own wording, and each wording with a phrase of the lexicon
 * swapped for the concept's other terms ("waive the bill" also matches "write off the
 * bill" when both are one concept).
 */
export function compileCue(cue: string, lexicon: Lexicon): CompiledCue {
  const words = splitWords(cue);
  const stems = words.map((w) => stemWord(w.folded));
  const runs: string[][] = [stems];
  // Phrases are found on content words; map each match back to its span of words.
  const content = words.flatMap((w, i) => (STOP.has(w.folded) ? [] : [i]));
  const contentStems = content.map((i) => stems[i] as string);
  for (const match of findPhrases(contentStems, lexicon)) {
    const from = content[match.start] as number;
    const to = (content[match.start + match.length - 1] as number) + 1;
    for (const other of lexicon.terms.get(match.concept) ?? []) {
      if (runs.length >= 12) break;
      runs.push([...stems.slice(0, from), ...other, ...stems.slice(to)]);
    }
  }
  return { runs, content: contentStems };
}

/** Whether a word earlier in the clause of the word at `start` negates it. */
function negatedBefore(sentence: AnswerSentence, start: number): boolean {
  const { words, clauses } = sentence;
  for (let i = start - 1; i >= 0 && clauses[i] === clauses[start]; i--) {
    if (NEGATORS.has(words[i] as string)) return true;
  }
  return false;
}

/** Whether the run stands in the sentence where nothing earlier in its clause negates it. */
function saysRun(sentence: AnswerSentence, run: readonly string[]): boolean {
  const { wordStems } = sentence;
  outer: for (const start of sentence.positions.get(run[0] as string) ?? []) {
    if (start + run.length > wordStems.length) continue;
    for (let k = 0; k < run.length; k++) if (wordStems[start + k] !== run[k]) continue outer;
    if (!negatedBefore(sentence, start)) return true;
  }
  return false;
}

/**
 * Whether the cue's content words (at least three) stand in order within a short span of
 * one clause, with nothing earlier in the clause negating them: "the vendor set the
 * system up" says the cue "the vendor set it up".
 */
function saysLoosely(sentence: AnswerSentence, content: readonly string[]): boolean {
  if (content.length < 3) return false;
  const { wordStems, clauses } = sentence;
  const span = content.length + CUE_SLACK + 2;
  for (const start of sentence.positions.get(content[0] as string) ?? []) {
    let k = 1;
    let end = start;
    for (let i = start + 1; i < wordStems.length && i < start + span && k < content.length; i++) {
      if (clauses[i] !== clauses[start]) break;
      if (wordStems[i] === content[k]) {
        k++;
        end = i;
      }
    }
    if (k < content.length || end - start >= span) continue;
    if (!negatedBefore(sentence, start)) return true;
  }
  return false;
}

/**
 * Finds the red flags an answer commits: the question's flags with cues, and the generic
 * ones, each reported once with the first sentence that raised it. A cue that something
 * earlier in its clause negates ("I would never say it is not our problem") does not count.
 */
export function findRedFlags(
  flags: readonly {
    readonly text: string;
    readonly cues: readonly CompiledCue[];
    readonly generic?: string;
  }[],
  sentences: readonly AnswerSentence[],
): RedFlagFinding[] {
  const found: RedFlagFinding[] = [];
  // A wording can only stand in a sentence when every one of its stems is in the answer:
  // checking that first leaves few cues to look for sentence by sentence.
  const present = new Set<string>();
  for (const s of sentences) for (const stem of s.wordStems) present.add(stem);
  const possible = (stems: readonly string[]) => stems.every((stem) => present.has(stem));
  for (const flag of flags) {
    const runs = flag.cues.flatMap((cue) => cue.runs.filter((r) => r.length > 0 && possible(r)));
    const loose = flag.cues.filter((cue) => possible(cue.content)).map((cue) => cue.content);
    if (runs.length === 0 && loose.length === 0) continue;
    const sentence = sentences.find(
      (s) =>
        runs.some((run) => saysRun(s, run)) || loose.some((content) => saysLoosely(s, content)),
    );
    if (sentence !== undefined) {
      found.push({ flag: flag.text, evidence: sentence.text, generic: flag.generic });
    }
  }
  return found;
}
