import type { Question } from '@prepdeck/schema';
import type { AnswerReview, RedFlagFinding } from '@prepdeck/sdk/coach';
import { SCORE_BANDS } from '@prepdeck/sdk/coach';
import { wrapText } from '../render/wrap-text.js';
import type { Terminal } from '../terminal.js';
import { formatDuration } from './format-duration.js';

/** How each level reads to the person who gave the answer. */
const LEVEL_WORDS = {
  poor: 'a start to build on',
  mixed: 'on the way',
  good: 'a good answer',
  excellent: 'an excellent answer',
} as const;

/** The score bands, in words, once per feedback. */
export const SCORE_LEGEND = `Scores: poor under ${SCORE_BANDS.mixed}, mixed ${SCORE_BANDS.mixed}-${SCORE_BANDS.good - 1}, good ${SCORE_BANDS.good}-${SCORE_BANDS.excellent - 1}, excellent ${SCORE_BANDS.excellent} and up. The coach matches words, not reasoning: trust your own read of the rubric too.`;

/** A red flag the answer raised, with the words that raised it. */
function redFlagLines(term: Terminal, finding: RedFlagFinding): string[] {
  return [
    wrapText(finding.flag, term.width, '      ', `    ${term.color.red('!')} `),
    wrapText(`You said: "${finding.evidence}"`, term.width, '      ', '      '),
  ];
}

/** The summary lines that repeat what the sections already say. */
const REPEATED = /^(Mention|Cover more|Watch out)/;

/**
 * The coach's review of an answer, in sections, most useful first and in the voice of a
 * coach rather than a grader: the level with a legend, what came through, what to add
 * next time, the terms worth working in (each once), anything to watch out for with the
 * words that raised it, then pace, STAR and tips.
 */
export function renderFeedback(
  term: Terminal,
  question: Question,
  review: AnswerReview,
  seconds: number,
): string {
  const { color } = term;
  const shade =
    review.level === 'excellent' || review.level === 'good'
      ? color.green
      : review.level === 'mixed'
        ? color.yellow
        : color.red;
  const wrap = (text: string, first: string, hang = '      ') =>
    wrapText(text, term.width, hang, first);
  const blocks: string[][] = [
    [
      `${color.cyan('Feedback on your answer')}  ${shade(`${review.level}, ${review.score}/100`)}: ${LEVEL_WORDS[review.level]}`,
      color.dim(wrap(SCORE_LEGEND, '  ', '  ')),
    ],
  ];

  const covered = review.keyPoints.filter((point) => point.covered);
  const missed = review.keyPoints.filter((point) => !point.covered);
  blocks.push(
    covered.length > 0
      ? [
          '  What came through',
          ...covered.map((point) => wrap(point.point, `    ${color.green('✓')} `)),
        ]
      : [
          wrap(
            'No key point came through clearly yet. The list below is where the marks are: pick one or two and build the answer around them.',
            '  ',
            '  ',
          ),
        ],
  );
  if (missed.length > 0) {
    blocks.push([
      covered.length > 0 ? '  To add next time' : '  What a strong answer covers',
      ...missed.map((point) => wrap(point.point, `    ${color.yellow('○')} `)),
    ]);
  }
  if (review.keyTerms.missed.length > 0) {
    blocks.push([
      wrap(`Terms worth working in: ${review.keyTerms.missed.join(', ')}.`, '  ', '    '),
    ]);
  }
  if (review.redFlags.length > 0 || review.warnings.length > 0) {
    blocks.push([
      '  Watch out',
      ...review.redFlags.flatMap((finding) => redFlagLines(term, finding)),
      ...review.warnings.map((warning) => wrap(warning.message, `    ${color.yellow('!')} `)),
    ]);
  }

  const more = [
    wrap(
      `Pace: ${review.wordCount} words, about ${formatDuration(review.speakingSeconds)} spoken against ${question.estimatedMinutes} min suggested; written in ${formatDuration(seconds)}.`,
      '  ',
      '    ',
    ),
  ];
  if (review.star) {
    const parts = (['situation', 'task', 'action', 'result'] as const).map((part) =>
      review.star?.[part] ? color.green(part) : color.yellow(`${part}?`),
    );
    more.push(`  STAR: ${parts.join(' ')}`);
  }
  if (review.fillers.length > 0) {
    more.push(`  Filler words: ${review.fillers.map((f) => `${f.word} (${f.count})`).join(', ')}`);
  }
  for (const tip of review.summary) {
    if (REPEATED.test(tip) || review.warnings.some((w) => w.message === tip)) continue;
    more.push(wrap(tip, `  ${color.yellow('→')} `, '    '));
  }
  blocks.push(more);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}

/**
 * The review of the answer with the follow-up added, kept short: the new level and the
 * key points the follow-up brought in.
 */
export function renderFollowUpFeedback(
  term: Terminal,
  before: AnswerReview,
  after: AnswerReview,
): string {
  const { color } = term;
  const was = new Set(before.keyPoints.filter((p) => p.covered).map((p) => p.point));
  const added = after.keyPoints.filter((p) => p.covered && !was.has(p.point));
  const change =
    after.score > before.score
      ? `up from ${before.score}`
      : after.score === before.score
        ? 'unchanged'
        : `down from ${before.score}`;
  const lines = [
    `${color.cyan('With your follow-up answer')}  ${after.level}, ${after.score}/100 (${change})`,
  ];
  if (added.length > 0) {
    lines.push('  It brought in');
    for (const point of added)
      lines.push(wrapText(point.point, term.width, '      ', `    ${color.green('✓')} `));
  }
  const flags = after.redFlags.filter(
    (finding) => !before.redFlags.some((earlier) => earlier.flag === finding.flag),
  );
  for (const finding of flags) lines.push(...redFlagLines(term, finding));
  return lines.join('\n');
}
