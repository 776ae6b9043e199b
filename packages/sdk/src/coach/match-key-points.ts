import type { AnswerSentence } from './analyse-answer.js';
import type { PhraseUnit } from './phrase-units.js';

/**
 * The share of a key point's units (content words, or concepts of the lexicon) an answer
 * must say together, in one sentence or two neighbouring ones, for the point to count as
 * covered.
 *
 * @example
 * ```ts
 * import { KEY_POINT_THRESHOLD } from '@prepdeck/sdk/coach';
 *
 * KEY_POINT_THRESHOLD; // 0.28
 * ```
 */
export const KEY_POINT_THRESHOLD = 0.28;

/**
 * The fewest units of a key point that must match for it to count as covered (one for a
 * key point of at most {@link SHORT_KEY_POINT_WORDS} units).
 *
 * @example
 * ```ts
 * import { KEY_POINT_MIN_MATCHES } from '@prepdeck/sdk/coach';
 *
 * KEY_POINT_MIN_MATCHES; // 2
 * ```
 */
export const KEY_POINT_MIN_MATCHES = 2;

/**
 * Key points of at most this many units need only one match.
 *
 * @example
 * ```ts
 * import { SHORT_KEY_POINT_WORDS } from '@prepdeck/sdk/coach';
 *
 * SHORT_KEY_POINT_WORDS; // 2
 * ```
 */
export const SHORT_KEY_POINT_WORDS = 2;

/** A key point is judged on at most this many of its units (see {@link matchKeyPoints}). */
export const MAX_COUNTED_UNITS = 8;

/** What a weak unit counts for against a strong one. */
const WEAK_WEIGHT = 0.5;

/** How many key points one sentence may cover: a packed sentence does not cover them all. */
export const POINTS_PER_SENTENCE = 2;

/** Up to this many neighbouring sentences form one window... */
const WINDOW_SENTENCES = 3;
/** ...when they have at most this many content words together. */
const WINDOW_WORDS = 45;

/**
 * How an answer covers one key point of the question.
 *
 * @example
 * ```ts
 * import type { KeyPointReview } from '@prepdeck/sdk/coach';
 *
 * const line = (review: KeyPointReview) => `${review.covered ? '✓' : '·'} ${review.point}`;
 * ```
 */
export interface KeyPointReview {
  /** The key point, as the guidance states it. */
  readonly point: string;
  /**
   * `true` when one sentence of the answer, or two neighbouring ones, say at least
   * {@link KEY_POINT_THRESHOLD} of the point's words or concepts (and at least
   * {@link KEY_POINT_MIN_MATCHES} of them). Bare lists of terms cover nothing, and one
   * sentence covers at most two points.
   */
  readonly covered: boolean;
  /** The key point's words or concepts found together in the best window. */
  readonly matched: readonly string[];
  /** The share of the key point's units found in that window, 0 to 1, two decimals. */
  readonly score: number;
  /** The sentence (or two) that covers it, when covered. */
  readonly evidence: string | undefined;
}

interface Window {
  readonly sentences: readonly number[];
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

function windows(sentences: readonly AnswerSentence[], skip: ReadonlySet<number>): Window[] {
  const out: Window[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.listLike || skip.has(i)) return;
    out.push({ sentences: [i], first: i, last: i, text: sentence.text });
    let words = sentence.stems.length;
    const texts = [sentence.text];
    for (let j = i + 1; j < i + WINDOW_SENTENCES && j < sentences.length; j++) {
      const next = sentences[j] as AnswerSentence;
      words += next.stems.length;
      if (next.listLike || skip.has(j) || words > WINDOW_WORDS) break;
      texts.push(next.text);
      out.push({
        sentences: Array.from({ length: j - i + 1 }, (_, k) => i + k),
        first: i,
        last: j,
        text: texts.join(' '),
      });
    }
  });
  return out;
}

/**
 * Reviews the key points against an answer read into sentences, leaving out those in
 * `skip` (sentences stuffed with terms or jargon). Each point takes its
 * best window; when one sentence would cover more than {@link POINTS_PER_SENTENCE}
 * points, the best-matched ones keep it and the others look for another window.
 */
export function matchKeyPoints(
  points: readonly { readonly point: string; readonly units: readonly PhraseUnit[] }[],
  sentences: readonly AnswerSentence[],
  skip: ReadonlySet<number> = new Set(),
): KeyPointReview[] {
  const all = windows(sentences, skip);
  // The sentences each unit stands in, so a window is checked without scanning it.
  const where = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    for (const unit of sentence.units) {
      const list = where.get(unit);
      if (list) list.push(i);
      else where.set(unit, [i]);
    }
  });
  const inWindow = (window: Window, unit: string) =>
    where.get(unit)?.some((i) => i >= window.first && i <= window.last) ?? false;
  const candidates: { point: number; window: Window; matched: PhraseUnit[]; score: number }[] = [];
  const best: { matched: PhraseUnit[]; score: number }[] = points.map(() => ({
    matched: [],
    score: 0,
  }));
  points.forEach(({ units }, p) => {
    if (!units.some((u) => where.has(u.unit))) return;
    // Weak units (words any answer says, the question's own words) count half.
    const weight = (u: PhraseUnit) => (u.weak ? WEAK_WEIGHT : 1);
    const size = units.reduce((sum, u) => sum + weight(u), 0);
    // A long key point (its examples in a list) is covered by the share of its first
    // MAX_COUNTED_UNITS units: saying three of its eight examples is saying the point.
    const needed = Math.max(
      units.length <= SHORT_KEY_POINT_WORDS ? 1 : KEY_POINT_MIN_MATCHES,
      KEY_POINT_THRESHOLD * Math.min(size, MAX_COUNTED_UNITS),
    );
    // Which of the point's units each sentence says, as bits (a point has at most 31
    // units in the mask; longer ones are checked unit by unit).
    const masked = units.length <= 31;
    const masks = new Int32Array(masked ? sentences.length : 0);
    if (masked) {
      units.forEach((u, k) => {
        for (const i of where.get(u.unit) ?? []) masks[i] = (masks[i] as number) | (1 << k);
      });
    }
    for (const window of all) {
      let hits = 0;
      let mask = 0;
      if (masked) {
        for (let i = window.first; i <= window.last; i++) mask |= masks[i] as number;
        if (mask === 0) continue;
        units.forEach((u, k) => {
          if (mask & (1 << k)) hits += weight(u);
        });
      } else {
        for (const u of units) if (inWindow(window, u.unit)) hits += weight(u);
      }
      if (hits === 0) continue;
      const score = hits / size;
      const top = best[p] as { matched: PhraseUnit[]; score: number };
      const isBest = score > top.score;
      if (!isBest && hits < needed) continue;
      const matched = masked
        ? units.filter((_, k) => mask & (1 << k))
        : units.filter((u) => inWindow(window, u.unit));
      if (isBest) best[p] = { matched, score };
      if (hits >= needed) candidates.push({ point: p, window, matched, score });
    }
  });
  candidates.sort(
    (a, b) => b.score - a.score || a.window.sentences.length - b.window.sentences.length,
  );
  const used = new Map<number, number>();
  const chosen = new Map<number, (typeof candidates)[number]>();
  for (const candidate of candidates) {
    if (chosen.has(candidate.point)) continue;
    if (candidate.window.sentences.some((s) => (used.get(s) ?? 0) >= POINTS_PER_SENTENCE)) continue;
    chosen.set(candidate.point, candidate);
    for (const s of candidate.window.sentences) used.set(s, (used.get(s) ?? 0) + 1);
  }
  return points.map(({ point }, p) => {
    const hit = chosen.get(p);
    const shown = hit ?? best[p];
    return {
      point,
      covered: hit !== undefined,
      matched: (shown?.matched ?? []).map((u) => u.label),
      score: Math.round((shown?.score ?? 0) * 100) / 100,
      evidence: hit?.window.text,
    };
  });
}
