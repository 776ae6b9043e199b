import { foldText } from './fold-text.js';

/**
 * A part of a STAR answer: the situation, the task, the action taken, and the result.
 *
 * @example
 * ```ts
 * import type { StarPart } from '@prepdeck/sdk/coach';
 *
 * const part: StarPart = 'result';
 * ```
 */
export type StarPart = 'situation' | 'task' | 'action' | 'result';

/**
 * Which parts of a STAR answer (situation, task, action, result) an answer shows.
 *
 * @example
 * ```ts
 * import type { StarReview } from '@prepdeck/sdk/coach';
 *
 * const star: StarReview = {
 *   situation: true,
 *   task: true,
 *   action: true,
 *   result: false,
 *   missing: ['result'],
 * };
 * ```
 */
export interface StarReview {
  /** Whether the answer sets the scene: where and when. */
  readonly situation: boolean;
  /** Whether the answer says what the candidate had to achieve. */
  readonly task: boolean;
  /** Whether the answer says what the candidate did, in the first person. */
  readonly action: boolean;
  /** Whether the answer says what came of it. */
  readonly result: boolean;
  /** The parts not found, in STAR order. */
  readonly missing: readonly StarPart[];
}

/** Past-tense verbs without `-ed` that describe something done. */
const IRREGULAR_ACTIONS =
  'built|rebuilt|made|set|put|ran|led|took|gave|got|wrote|rewrote|spoke|met|brought|bought|' +
  'sent|told|found|held|kept|chose|began|drew|drove|went|sat|spent|taught|cut|paid|won|' +
  'rang|sought|caught|dealt|heard|left|said|sold|stood|undertook|oversaw|withdrew|shut|split';

/** Past-tense verbs: `-ed` verbs, and common irregular ones. */
const PAST = `(?:[a-z]+ed|was|were|had|came|grew|became|rose|fell|saw|${IRREGULAR_ACTIONS})`;

/** `-ed` verbs that state a need or a feeling rather than an action. */
const NOT_ACTIONS =
  'needed|wanted|hoped|wished|seemed|used|liked|loved|hated|supposed|based|tended|happened';

const COUNT =
  '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)';
const PERIOD = '(?:days?|weeks?|months?|quarters?|years?)';
const AMOUNT =
  '(?:about |around |roughly |nearly |almost |over |more than |less than |just over |just under |some )?' +
  '(?:\\d|half\\b|a (?:third|quarter|half|fifth|tenth)\\b|' +
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\\b)';
const CHANGE =
  '(?:fell|rose|dropped|grew|climbed|increased|decreased|declined|reduced|improved|cut|raised|' +
  'lowered|went up|went down|came down|shrank|jumped)';

/**
 * The cue patterns that mark each part of a STAR answer. They are matched against the
 * answer folded to lower case without accents, with runs of white space made single
 * spaces; a part is present when any of its patterns matches.
 *
 * - `situation`: "in/at/during my last/previous/former/prior/first …", "when/while I
 *   was", "when/after I took over/joined/started/became …", "N years/months ago", "for
 *   the last N years", "last year/month/…", "in 2019", "at the time", "there was a …",
 *   "we had a …", "I worked as/at …", "I was a/the … at/in/on …", a sentence opening
 *   "At/In/On a … utility/company/team/role/center/…", a sentence opening "As a …
 *   at/in/on/for/with". `detectStar` also takes a past-tense opening sentence for
 *   the situation.
 * - `task`: "my goal/job/task/aim/objective/responsibility/role/remit/priority/challenge
 *   was", "the goal/task/… was", "it was my job/task/…", "I/we needed/had/wanted to",
 *   "I was asked/tasked/expected to", "I was responsible for".
 * - `action`: "I" or "we", optionally followed by up to two adverbs ("then", "quickly",
 *   …), then a past-tense verb: any `-ed` verb except a few that state a need or a
 *   feeling ("needed", "wanted", "used", …), or a common irregular one ("built", "made",
 *   "set", "led", "took", "sent", "told", …).
 * - `result`: "as a result", "the result/outcome/impact was", "resulted in", "led to",
 *   "which/that/this reduced/cut/raised/improved/saved/made/meant/…", a number with `%`
 *   or "percent", "within/after N days/weeks/months/years", "over/in the next/following
 *   month/year/…", a change by an amount ("fell by a quarter", "cut complaints by about
 *   30", "were up about five points"), "from … to N", "fewer/less than N", "ever since",
 *   "since then", "in the end".
 *
 * @example
 * ```ts
 * import { STAR_CUES } from '@prepdeck/sdk/coach';
 *
 * STAR_CUES.result.some((cue) => cue.test('complaints fell by 20%')); // true
 * ```
 */
export const STAR_CUES: Readonly<Record<StarPart, readonly RegExp[]>> = Object.freeze({
  situation: Object.freeze([
    /\b(?:in|at|during|from) my (?:last|previous|former|prior|old|earlier|first) [a-z]+/,
    /\b(?:when|while|whilst) (?:i was|we were)\b/,
    /\b(?:when|after|once) (?:i|we) (?:took over|joined|started|became|moved|arrived|inherited)\b/,
    new RegExp(`\\b(?:${COUNT}|several|some) ${PERIOD} ago\\b`),
    new RegExp(`\\bfor the (?:last|past) (?:${COUNT} )?${PERIOD}\\b`),
    /\blast (?:year|month|week|quarter|summer|winter|spring|autumn|fall)\b/,
    /\bin (?:19|20)\d\d\b/,
    /\bat the time\b/,
    /\b(?:there was|there were|we had|i had) (?:a|an|one|two|three|about|over|some|this)\b/,
    /\bi (?:was working|worked) (?:as|at|for|in|on)\b/,
    /\bi was (?:a|an|the) [a-z-]+(?: [a-z-]+){0,2} (?:at|in|for|on|with)\b/,
    /(?:^|[.!?] )(?:at|in|on|with) (?:a|an|one|our|my) (?:[a-z-]+ ){0,5}?(?:utility|company|team|role|job|cent(?:er|re)|firm|employer|organi[sz]ation|department|desk|cooperative|co-op|provider|business|council|agency|bank|retailer|supplier)\b/,
    /(?:^|[.!?] )as (?:a|an) (?!result\b)[a-z-]+(?: [a-z-]+){0,2}? (?:at|in|on|for|with)\b/,
  ]),
  task: Object.freeze([
    /\b(?:my|our) (?:goal|job|task|aim|objective|responsibility|role|remit|priority|challenge|brief) (?:was|became)\b/,
    /\bthe (?:goal|task|aim|objective|challenge|brief|priority) was\b/,
    /\bit was (?:my|our) (?:job|task|responsibility|goal|role)\b/,
    /\b(?:i|we) (?:needed|had|wanted) to\b/,
    /\b(?:i was|we were) (?:asked|tasked|expected|brought in|hired) (?:to|with)\b/,
    /\bi was (?:responsible|accountable) for\b/,
  ]),
  action: Object.freeze([
    new RegExp(
      `\\b(?:i|we)(?: (?:then|also|first|next|later|[a-z]+ly)){0,2} ` +
        `(?:(?!(?:${NOT_ACTIONS})\\b)[a-z]+ed|${IRREGULAR_ACTIONS})\\b`,
    ),
  ]),
  result: Object.freeze([
    /\bas a result\b/,
    /\bthe (?:result|outcome|impact|effect|upshot) (?:was|is|has been)\b/,
    /\b(?:resulted in|led to)\b/,
    /\b(?:which|that|this) (?:reduced|cut|raised|increased|improved|lowered|saved|halved|doubled|tripled|boosted|shortened|eliminated|made|meant|helped|kept|stopped|prevented|avoided)\b/,
    /\d\s?%|\b(?:percent|per cent|percentage points?)\b/,
    new RegExp(`\\b(?:within|after) ${COUNT} ${PERIOD}\\b`),
    new RegExp(`\\b(?:over|in|during|by) the (?:next|following) (?:[a-z0-9]+ )?${PERIOD}\\b`),
    new RegExp(`\\b${CHANGE}\\b[^.!?;]{0,60}?\\bby ${AMOUNT}`),
    new RegExp(`\\b(?:was|were|is|are|went|came) (?:up|down) (?:by )?${AMOUNT}`),
    /\bfrom [^.!?;]{1,40}? to (?:about |around |nearly |almost |over |under )?[$£€]?\d/,
    /\b(?:fewer|less) than [$£€]?\d/,
    /\b(?:ever since|since then|in the end)\b/,
  ]),
});

const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

/** A sentence that does not start with "I" or "we" and has a past-tense verb. */
const PAST_TENSE_SETTING = new RegExp(`^[\\s"'(]*(?!(?:i|we)\\b).*?\\b${PAST}\\b`);

/** The first sentence of a folded text: up to the first `.`, `!` or `?`. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?]/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Detects the parts of a STAR answer (situation, task, action, result): a part is found
 * when one of its cue patterns in {@link STAR_CUES} matches the answer, folded to lower
 * case without accents. The situation is also found in a past-tense setting: a first
 * sentence that does not start with "I" or "we", has a past-tense verb (an `-ed` verb, or
 * "was", "were", "had", "took", …), and matches no task or result cue ("At a water
 * utility, complaints had doubled.", "A customer called us nine times.").
 *
 * @param answer - The candidate's answer.
 * @returns Which parts were found, and the missing ones in STAR order.
 *
 * @example
 * ```ts
 * detectStar('In my last role I rebuilt the rota. Complaints fell by 20%.');
 * // { situation: true, task: false, action: true, result: true, missing: ['task'] }
 * ```
 */
export function detectStar(answer: string): StarReview {
  const text = foldText(answer).replace(/\s+/g, ' ');
  const has = (part: StarPart) => STAR_CUES[part].some((cue) => cue.test(text));
  const opening = firstSentence(text);
  const setting =
    PAST_TENSE_SETTING.test(opening) &&
    !STAR_CUES.task.some((cue) => cue.test(opening)) &&
    !STAR_CUES.result.some((cue) => cue.test(opening));
  const review = {
    situation: has('situation') || setting,
    task: has('task'),
    action: has('action'),
    result: has('result'),
  };
  return { ...review, missing: PARTS.filter((part) => !review[part]) };
}
