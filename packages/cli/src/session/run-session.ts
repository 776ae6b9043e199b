import { createInterface, type ReadLineOptions } from 'node:readline';
import type { Bank, Question } from '@prepdeck/schema';
import type { CliIo } from '../cli-io.js';
import { type Rating, updateProgress } from '../progress/progress-file.js';
import { resolveMovedCards } from '../progress/resolve-moved-cards.js';
import { createScheduler } from '../progress/schedule.js';
import { describeDue } from '../render/describe-due.js';
import { renderQuestion, renderStrongAnswer } from '../render/render-question.js';
import { renderReveal } from '../render/render-reveal.js';
import type { Terminal } from '../terminal.js';
import { formatDuration } from './format-duration.js';
import { createLineReader, type LineReader } from './line-reader.js';
import { renderFeedback, renderFollowUpFeedback } from './render-feedback.js';

/** How a practice or review session ended. */
export interface SessionResult {
  /** How many questions were rated (and saved). */
  readonly rated: number;
  /** `interrupted` after Ctrl-C, `ended` when input closed early, `done` otherwise. */
  readonly outcome: 'done' | 'interrupted' | 'ended';
}

export interface SessionOptions {
  readonly io: CliIo;
  readonly term: Terminal;
  readonly bank: Bank;
  readonly questions: readonly Question[];
  readonly progressFile: string;
  readonly title: string;
}

/** A self-rating as a rubric level, weakest first. */
export type Level = 'poor' | 'mixed' | 'good' | 'excellent';

/** How a rubric level schedules the question: poor = again, ..., excellent = easy. */
export const LEVEL_RATINGS: Readonly<Record<Level, Rating>> = {
  poor: 'again',
  mixed: 'hard',
  good: 'good',
  excellent: 'easy',
};

const LEVEL_KEYS: Record<string, Level> = {
  '1': 'poor',
  '2': 'mixed',
  '3': 'good',
  '4': 'excellent',
  p: 'poor',
  m: 'mixed',
  g: 'good',
  e: 'excellent',
  poor: 'poor',
  mixed: 'mixed',
  good: 'good',
  excellent: 'excellent',
};

class Interrupted extends Error {}
class InputEnded extends Error {}

async function readAnswer(
  lines: LineReader,
  term: Terminal,
  io: CliIo,
  minutes: number,
  rl: ReturnType<typeof createInterface>,
) {
  const started = io.now().getTime();
  const remaining = () => minutes * 60 - (io.now().getTime() - started) / 1000;
  const showTimer = Boolean(io.stdout.isTTY);
  const setPrompt = () =>
    rl.setPrompt(showTimer ? term.color.dim(`[${formatDuration(remaining())}] `) : '> ');
  setPrompt();
  rl.prompt();
  const timer = showTimer
    ? setInterval(() => {
        setPrompt();
        rl.prompt(true);
      }, 1000)
    : undefined;
  const answer: string[] = [];
  try {
    for (;;) {
      const line = await lines.next();
      if (line === null) throw new InputEnded();
      if (line.trim() === '') break;
      answer.push(line.trim());
      setPrompt();
      rl.prompt();
    }
  } finally {
    if (timer) clearInterval(timer);
  }
  return { text: answer.join(' '), seconds: (io.now().getTime() - started) / 1000 };
}

/** A character count as the session shows it: `120,000`. */
const characters = (count: number) => count.toLocaleString('en-US');

/**
 * Reads an answer of up to `room` characters, the most the coach can still review. A
 * longer one is refused with `tooLong(length, limit)` and asked for again; an empty line
 * skips, as it does for an answer given aloud.
 */
async function readReviewableAnswer(
  lines: LineReader,
  term: Terminal,
  io: CliIo,
  minutes: number,
  rl: ReturnType<typeof createInterface>,
  room: number,
  tooLong: (length: string, limit: string) => string,
) {
  const limit = characters(Math.max(room, 0));
  for (;;) {
    const answer = await readAnswer(lines, term, io, minutes, rl);
    if (answer.text === '' || answer.text.length <= room) return answer;
    term.write(term.color.yellow(tooLong(characters(answer.text.length), limit)));
  }
}

async function readLevel(
  lines: LineReader,
  term: Terminal,
  rl: ReturnType<typeof createInterface>,
  showStrongAnswer: () => void,
): Promise<Level> {
  for (;;) {
    rl.setPrompt(
      term.color.bold('Where did your answer land? 1 poor, 2 mixed, 3 good, 4 excellent [3]: '),
    );
    rl.prompt();
    const line = await lines.next();
    if (line === null) throw new InputEnded();
    const key = line.trim().toLowerCase();
    if (key === '') return 'good';
    if (key === 's' || key === 'strong') {
      showStrongAnswer();
      continue;
    }
    const level = LEVEL_KEYS[key];
    if (level) return level;
    term.write('Type 1, 2, 3 or 4 (or poor, mixed, good, excellent), or s for a strong answer.');
  }
}

/**
 * Runs questions one by one: shows the question with a countdown from its estimated
 * minutes, takes a typed answer (an empty line submits; an empty answer means answered
 * aloud), reveals the guidance with feedback, asks for a self-rating and saves it at once.
 * Ctrl-C stops the session; everything rated so far is already saved.
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const { io, term, bank, questions, progressFile } = options;
  const scheduler = await createScheduler();
  const { createCoach, MAX_ANSWER_LENGTH } = await import('@prepdeck/sdk/coach');
  const coach = createCoach({ concepts: options.bank.concepts ?? [] });
  const readlineOptions: ReadLineOptions = {
    input: io.stdin as unknown as NodeJS.ReadableStream,
    output: io.stdout as unknown as NodeJS.WritableStream,
    terminal: Boolean(io.stdout.isTTY),
  };
  const rl = createInterface(readlineOptions);
  const lines = createLineReader(rl);
  let interrupt: (() => void) | undefined;
  const interrupted = new Promise<never>((_, reject) => {
    interrupt = () => reject(new Interrupted());
  });
  interrupted.catch(() => undefined);
  rl.on('SIGINT', () => interrupt?.());
  const onSignal = () => interrupt?.();
  process.once('SIGINT', onSignal);
  io.signal?.addEventListener('abort', onSignal, { once: true });
  if (io.signal?.aborted) onSignal();
  const guard = <T>(promise: Promise<T>) => Promise.race([promise, interrupted]);

  let rated = 0;
  let outcome: SessionResult['outcome'] = 'done';
  term.write(
    term.color.bold(
      `${options.title}: ${questions.length} question${questions.length === 1 ? '' : 's'}.`,
    ),
  );
  term.write(
    term.color.dim(
      'Type your answer and press Enter on an empty line to submit. Submit an empty answer if you answered aloud. Ctrl-C stops; ratings are saved as you go.',
    ),
  );
  try {
    for (const [index, question] of questions.entries()) {
      term.write();
      term.write(term.color.dim(`Question ${index + 1} of ${questions.length}`));
      term.write(renderQuestion(term, options.bank, question));
      const answer = await guard(
        readReviewableAnswer(
          lines,
          term,
          io,
          question.estimatedMinutes,
          rl,
          MAX_ANSWER_LENGTH,
          (length, limit) =>
            `That answer is ${length} characters; the coach reviews answers of up to ${limit}. Shorten it or press Enter to skip.`,
        ),
      );
      let words = 0;
      if (answer.text !== '') {
        const review = coach.review(question, answer.text);
        words = review.wordCount;
        term.write();
        term.write(renderFeedback(term, question, review, answer.seconds));
        // Like an interviewer who listened: the follow-up that probes what was missed.
        if (review.nextFollowUp !== undefined) {
          term.write();
          term.write(term.color.bold(`Follow-up: ${review.nextFollowUp}`));
          // The follow-up is reviewed joined to the answer by a space: it gets what room is left.
          const room = MAX_ANSWER_LENGTH - answer.text.length - 1;
          const followUp = await guard(
            readReviewableAnswer(
              lines,
              term,
              io,
              2,
              rl,
              room,
              (length, limit) =>
                `That follow-up is ${length} characters; with your answer, the coach has room for ${limit} more. Shorten it or press Enter to skip.`,
            ),
          );
          if (followUp.text !== '') {
            const joined = coach.review(question, `${answer.text} ${followUp.text}`);
            term.write();
            term.write(renderFollowUpFeedback(term, review, joined));
          }
        }
      }
      // Then the guidance, most useful first, ending with the rubric the rating is given on.
      // With a typed answer the feedback has listed the key points and terms already.
      term.write();
      term.write(renderReveal(term, question, { answered: answer.text !== '' }));
      term.write();
      const level = await guard(
        readLevel(lines, term, rl, () => {
          term.write();
          term.write(renderStrongAnswer(term, question));
          term.write();
        }),
      );
      const rating = LEVEL_RATINGS[level];
      const now = io.now();
      const record = {
        id: question.id,
        rating,
        level,
        at: now.toISOString(),
        words,
        seconds: Math.round(answer.seconds),
      };
      // Rate the card as it is on disk now, so another session's ratings are kept.
      const saved = await updateProgress(progressFile, now, (current) => {
        resolveMovedCards(current, bank.moved);
        current.cards[question.id] = scheduler.rate(current.cards[question.id], rating, now);
        current.reviews.push(record);
      });
      rated++;
      const due = new Date(saved.cards[question.id]?.due ?? now);
      term.write(term.color.dim(`Saved. This question comes back ${describeDue(due, now)}.`));
    }
  } catch (error) {
    if (error instanceof Interrupted) outcome = 'interrupted';
    else if (error instanceof InputEnded) outcome = 'ended';
    else throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    io.signal?.removeEventListener('abort', onSignal);
    rl.close();
  }
  term.write();
  const saved = `${rated} rating${rated === 1 ? '' : 's'} saved to ${progressFile}.`;
  if (outcome === 'interrupted') term.write(`Stopped. ${saved}`);
  else if (outcome === 'ended') term.write(`Input ended. ${saved}`);
  else term.write(`Done. ${saved}`);
  return { rated, outcome };
}
