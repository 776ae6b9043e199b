import { PrepdeckError } from '../prepdeck-error.js';
import { suggestion } from '../suggestion.js';
import type { AnswerSentence } from './analyse-answer.js';
import { analyseAnswer } from './analyse-answer.js';
import type { AnswerReview, AnswerWarning } from './answer-review.js';
import { checkReviewInput, showValue } from './check-review-input.js';
import type { CoachableQuestion } from './coachable-question.js';
import { type ConceptLike, compileLexicon, contentStems, type Lexicon } from './concept-lexicon.js';
import { countBuzzwords, hasBuzzword } from './count-buzzwords.js';
import { countFillerWords } from './count-fillers.js';
import { detectStar } from './detect-star.js';
import { DEFAULT_WORDS_PER_MINUTE, estimateSpeakingSeconds } from './estimate-speaking-seconds.js';
import { type CompiledCue, compileCue, findRedFlags, GENERIC_RED_FLAGS } from './find-red-flags.js';
import { matchKeyPoints } from './match-key-points.js';
import { type PhraseUnit, phraseUnits } from './phrase-units.js';
import { levelOf, scoreAnswer, timeFit } from './score-answer.js';
import { splitWords } from './split-words.js';
import { writeSummary } from './write-summary.js';

/**
 * The longest answer the coach reviews, in characters (about 15,000 words). Longer ones
 * are refused with a `PrepdeckError` rather than slowing the caller down.
 *
 * @example
 * ```ts
 * import { MAX_ANSWER_LENGTH } from '@prepdeck/sdk/coach';
 *
 * MAX_ANSWER_LENGTH; // 100000
 * ```
 */
export const MAX_ANSWER_LENGTH = 100_000;

/** Words of a speaker telling what they did or would do. */
const SPEAKER_WORDS = new Set([
  'i',
  "i'd",
  "i'll",
  "i've",
  "i'm",
  'we',
  "we'd",
  "we'll",
  "we've",
  'my',
  'our',
  'me',
  'us',
]);

/** A red flag whose text starts like this is an omission, which no words give away. */
const OMISSION =
  /^(?:never|leaves out|leaves|does not|doesn't|cannot|can't|no |fails|misses|ignores|skips|forgets|omits|has no|without|stops at|treats it as a single)/i;

/** A flag found by its own words needs at least this many of them... */
const FLAG_MIN_UNITS = 3;

/** A sentence with fewer function words than this share reads as notes, not speech. */
const TELEGRAPHIC_SHARE = 0.3;

/**
 * A telegraphic sentence (no speaker, few function words) whose content words come from
 * the guidance at this share is the guidance parroted, not an answer.
 */
const PARROT_SHARE = 0.6;

/**
 * An answer whose words are, all told, below this share function words (`the`, `would`,
 * `to`...) is notes or a string of terms, not speech: it covers no key point. Spoken
 * answers run from about 0.35 to 0.55.
 */
const NOTES_FUNCTION_SHARE = 0.25;

/**
 * An answer with at least {@link JARGON_MIN_BUZZWORDS} management buzzwords and at least
 * this many per 100 words is jargon: it covers no key point.
 */
const JARGON_PER_100_WORDS = 1;
/** See {@link JARGON_PER_100_WORDS}. */
const JARGON_MIN_BUZZWORDS = 2;

/** Whether the answer, taken whole, reads as notes: see {@link NOTES_FUNCTION_SHARE}. */
function readsAsNotes(sentences: readonly AnswerSentence[]): boolean {
  let words = 0;
  let functionWords = 0;
  for (const s of sentences) {
    words += s.words.length;
    functionWords += s.functionShare * s.words.length;
  }
  return words > 0 && functionWords / words < NOTES_FUNCTION_SHARE;
}

/** Whether the answer leans on jargon: see {@link JARGON_PER_100_WORDS}. */
function isJargon(buzzwords: number, words: number): boolean {
  return buzzwords >= JARGON_MIN_BUZZWORDS && (buzzwords / words) * 100 >= JARGON_PER_100_WORDS;
}

/**
 * Options of {@link createCoach}.
 *
 * @example
 * ```ts
 * import type { CoachOptions } from '@prepdeck/sdk/coach';
 * import { bank } from '@prepdeck/questions';
 *
 * const options: CoachOptions = { concepts: bank.concepts ?? [] };
 * ```
 */
export interface CoachOptions {
  /**
   * The domain lexicon: phrases that mean the same thing, so that "installment plan"
   * counts for "payment arrangement". A bank's `concepts` is one.
   */
  readonly concepts?: readonly ConceptLike[] | undefined;
  /** The speaking rate for speaking time, in words a minute. Default 140. */
  readonly wordsPerMinute?: number | undefined;
}

/**
 * A coach with its lexicon compiled once: `review` scores an answer to a question.
 *
 * @example
 * ```ts
 * import { createCoach, type Coach } from '@prepdeck/sdk/coach';
 *
 * const coach: Coach = createCoach();
 * ```
 */
export interface Coach {
  /** Reviews an answer to a question, as {@link reviewAnswer} does. */
  review(question: CoachableQuestion, answer: string): AnswerReview;
}

interface CompiledQuestion {
  readonly points: readonly { readonly point: string; readonly units: readonly PhraseUnit[] }[];
  readonly terms: readonly { readonly term: string; readonly units: readonly PhraseUnit[] }[];
  readonly flags: readonly {
    readonly text: string;
    readonly cues: readonly CompiledCue[];
    readonly generic?: string;
  }[];
  readonly followUps: readonly { readonly text: string; readonly units: ReadonlySet<string> }[];
  readonly flagUnits: ReadonlyMap<string, readonly string[]>;
  /** The units of the key terms, and of the key terms and key points together. */
  readonly termUnits: ReadonlySet<string>;
  readonly guidanceUnits: ReadonlySet<string>;
}

const OPTIONS = ['concepts', 'wordsPerMinute'];

function fail(message: string): never {
  throw new PrepdeckError('INVALID_ARGUMENT', `createCoach: ${message}`);
}

function compileQuestion(
  question: CoachableQuestion,
  lexicon: Lexicon,
  generic: CompiledQuestion['flags'],
): CompiledQuestion {
  const g = question.guidance;
  const echoedStems = new Set(
    'text' in question && typeof question.text === 'string' ? contentStems(question.text) : [],
  );
  const own = (g.redFlags ?? []).flatMap((flag) => {
    const { text, cues = [] } = typeof flag === 'string' ? { text: flag, cues: [] } : flag;
    // A flag that names something said (not an omission) is also found by its own words.
    // The flag's first word says what the candidate does ("Describes", "Treats"), which
    // an answer does not say: the rest describes what they say.
    const described = OMISSION.test(text)
      ? []
      : phraseUnits(text.replace(/^\S+\s+/, ''), lexicon, echoedStems)
          .filter((u) => !u.weak)
          .map((u) => u.unit);
    if (cues.length === 0 && described.length < FLAG_MIN_UNITS) return [];
    return [{ text, cues: cues.map((cue) => compileCue(cue, lexicon)), described }];
  });
  const flagTexts = [...(g.redFlags ?? []).map((f) => (typeof f === 'string' ? f : f.text))];
  const echoed = new Set(
    'text' in question && typeof question.text === 'string' ? contentStems(question.text) : [],
  );
  const points = g.keyPoints.map((point) => ({
    point,
    units: phraseUnits(point, lexicon, echoed),
  }));
  const terms = g.keyTerms.map((term) => ({ term, units: phraseUnits(term, lexicon) }));
  const termUnits = new Set(terms.flatMap((t) => t.units.map((u) => u.unit)));
  return {
    points,
    terms,
    termUnits,
    guidanceUnits: new Set([...termUnits, ...points.flatMap((p) => p.units.map((u) => u.unit))]),
    flags: [...own, ...generic],
    followUps: (g.followUps ?? []).map((text) => ({
      text,
      units: new Set(phraseUnits(text, lexicon).map((u) => u.unit)),
    })),
    flagUnits: new Map(
      [...flagTexts, ...GENERIC_RED_FLAGS.map((f) => f.text)].map((text) => [
        text,
        phraseUnits(text, lexicon).map((u) => u.unit),
      ]),
    ),
  };
}

/**
 * Creates a coach. The lexicon is compiled once, and each question the first time it is
 * reviewed, so that reviewing many answers is fast.
 *
 * @param options - The concept lexicon and the speaking rate: see {@link CoachOptions}.
 * @returns A {@link Coach}.
 * @throws `PrepdeckError` (from `@prepdeck/sdk`) `INVALID_ARGUMENT` for unknown options or a lexicon that
 *   is not a list of `{ id, terms }`.
 *
 * @example
 * ```ts
 * import { createCoach } from '@prepdeck/sdk/coach';
 * import { bank, questions } from '@prepdeck/questions';
 *
 * const coach = createCoach({ concepts: bank.concepts ?? [] });
 * const review = coach.review(questions[0]!, 'I would listen first, then check the history.');
 * review.level; // 'poor'
 * ```
 */
export function createCoach(options?: CoachOptions): Coach {
  if (options !== undefined) {
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      fail(`options must be an object, got ${showValue(options)}.`);
    }
    for (const key of Object.keys(options)) {
      if (!OPTIONS.includes(key)) {
        fail(
          `unknown option "${key}".${suggestion(key, OPTIONS)} Valid options: ${OPTIONS.join(', ')}.`,
        );
      }
    }
  }
  const rate = options?.wordsPerMinute;
  if (rate !== undefined && !(typeof rate === 'number' && Number.isFinite(rate) && rate > 0)) {
    fail(`option "wordsPerMinute" must be a positive number, got ${showValue(rate)}.`);
  }
  const lexicon = compileLexicon(options?.concepts);
  const generic = GENERIC_RED_FLAGS.map((flag) => ({
    text: flag.text,
    cues: flag.cues.map((cue) => compileCue(cue, lexicon)),
    generic: flag.id,
  }));
  const compiled = new WeakMap<object, CompiledQuestion>();

  return {
    review(question, answer) {
      checkReviewInput(question, answer, undefined);
      if (answer.length > MAX_ANSWER_LENGTH) {
        throw new PrepdeckError(
          'INVALID_ARGUMENT',
          `reviewAnswer: the answer has ${answer.length} characters; the coach reviews answers of up to ${MAX_ANSWER_LENGTH}.`,
        );
      }
      let q = compiled.get(question);
      if (q === undefined) {
        q = compileQuestion(question, lexicon, generic);
        compiled.set(question, q);
      }
      const words = splitWords(answer);
      const sentences = analyseAnswer(answer, lexicon, words);
      const folded = words.map((word) => word.folded);
      const wordCount = folded.length;
      const speakingSeconds = estimateSpeakingSeconds(wordCount, rate ?? DEFAULT_WORDS_PER_MINUTE);
      const minutes = question.estimatedMinutes;
      const targetSeconds = minutes === undefined ? undefined : minutes * 60;

      // Sentences that string the question's terms together, or that lean on jargon, are
      // no evidence that a point was made.
      const { termUnits, guidanceUnits } = q;
      const skip = new Set<number>();
      sentences.forEach((sentence, i) => {
        if (hasBuzzword(sentence.words)) {
          skip.add(i);
          return;
        }
        const terms = q.terms.filter(
          (t) => t.units.length > 0 && t.units.every((u) => sentence.units.has(u.unit)),
        ).length;
        const other = sentence.stems.filter((stem) => !termUnits.has(stem)).length;
        if (terms >= 3 && other <= terms * 2) skip.add(i);
        const echoes = sentence.stems.filter((stem) => guidanceUnits.has(stem)).length;
        const speaks = sentence.words.some((word) => SPEAKER_WORDS.has(word));
        const telegraphic = !speaks && sentence.functionShare < TELEGRAPHIC_SHARE;
        if (
          telegraphic &&
          sentence.stems.length >= 4 &&
          echoes / sentence.stems.length >= PARROT_SHARE
        ) {
          skip.add(i);
        }
      });
      // Whole answers that are notes or jargon cover nothing; nor does a sentence that
      // commits a red flag.
      const buzz = countBuzzwords(answer, folded);
      if (readsAsNotes(sentences) || isJargon(buzz.count, wordCount)) {
        for (let i = 0; i < sentences.length; i++) skip.add(i);
      }
      const redFlags = findRedFlags(q.flags, sentences);
      const flagged = new Set(redFlags.map((finding) => finding.evidence));
      sentences.forEach((sentence, i) => {
        if (flagged.has(sentence.text)) skip.add(i);
      });
      const keyPoints = matchKeyPoints(q.points, sentences, skip);
      const prose = sentences.filter((s) => !s.listLike);
      const used: string[] = [];
      const missed: string[] = [];
      const repeatedTerms: string[] = [];
      for (const { term, units } of q.terms) {
        const says = (s: (typeof sentences)[number]) =>
          units.length > 0 && units.every((u) => s.units.has(u.unit));
        (prose.some(says) ? used : missed).push(term);
        if (sentences.filter(says).length >= 4) repeatedTerms.push(term);
      }
      const star = question.type === 'behavioral' ? detectStar(answer) : undefined;
      // A list counts against the answer when it strings the question's terms together.
      const stuffedList = (s: (typeof sentences)[number]) =>
        s.listLike && [...s.units].filter((unit) => guidanceUnits.has(unit)).length >= 2;
      const listWords = sentences.filter(stuffedList).reduce((n, s) => n + s.words.length, 0);
      const listShare = wordCount === 0 ? 0 : listWords / wordCount;

      const warnings: AnswerWarning[] = [];
      if (listWords > 0) {
        warnings.push({
          code: 'keyword-list',
          message:
            'Part of your answer is a list of terms. Lists cover nothing: say what you would do, and why, in sentences.',
        });
      }
      if (repeatedTerms.length > 0) {
        warnings.push({
          code: 'repeated-terms',
          message: `You repeat ${repeatedTerms.join(', ')}: saying a term again does not cover more.`,
        });
      }
      if (buzz.count >= 2) {
        warnings.push({
          code: 'buzzwords',
          message: `Swap the jargon (${buzz.words.slice(0, 5).join(', ')}) for what you actually did or would do.`,
        });
      }

      const covered = keyPoints.filter((k) => k.covered).length;
      const score =
        wordCount === 0
          ? 0
          : scoreAnswer({
              keyPoints: keyPoints.length === 0 ? 0 : covered / keyPoints.length,
              keyTerms:
                q.terms.length === 0
                  ? covered / Math.max(1, keyPoints.length)
                  : used.length / q.terms.length,
              star: star === undefined ? undefined : (4 - star.missing.length) / 4,
              time: timeFit(speakingSeconds, targetSeconds),
              redFlags: redFlags.length,
              listShare,
              buzzwords: buzz.count,
              repeated: repeatedTerms.length,
            });

      // The follow-up that probes most of what was missed: the red flags raised first,
      // then the key points least covered.
      const weight = new Map<string, number>();
      for (const finding of redFlags) {
        for (const unit of q.flagUnits.get(finding.flag) ?? [])
          weight.set(unit, (weight.get(unit) ?? 0) + 2);
      }
      keyPoints.forEach((review, i) => {
        if (review.covered) return;
        for (const { unit } of q.points[i]?.units ?? []) {
          weight.set(unit, (weight.get(unit) ?? 0) + 1 - review.score);
        }
      });
      let nextFollowUp = q.followUps[0]?.text;
      let best = 0;
      for (const followUp of q.followUps) {
        let total = 0;
        for (const unit of followUp.units) total += weight.get(unit) ?? 0;
        if (total > best) {
          best = total;
          nextFollowUp = followUp.text;
        }
      }

      const review: Omit<AnswerReview, 'summary'> = {
        score,
        level: levelOf(score),
        wordCount,
        speakingSeconds,
        targetSeconds,
        keyTerms: { used, missed },
        keyPoints,
        redFlags,
        warnings,
        star,
        fillers: countFillerWords(folded),
        nextFollowUp,
      };
      return { ...review, summary: writeSummary(review) };
    },
  };
}
