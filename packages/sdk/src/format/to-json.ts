import type { RubricLike } from '../guidance-like.js';
import { redFlagText } from '../red-flag-text.js';
import type { FormattableQuestion } from './formattable-question.js';
import { checkQuestions, readGuidance, readOptions } from './read-input.js';

/**
 * Options of {@link toJson}.
 *
 * @example
 * ```ts
 * import type { ToJsonOptions } from '@prepdeck/sdk/format';
 *
 * const options: ToJsonOptions = { guidance: true };
 * ```
 */
export interface ToJsonOptions {
  /** Adds each question's guidance as a nested `guidance` object. Default `false`. */
  readonly guidance?: boolean | undefined;
}

const OPTIONS = ['guidance'];

interface JsonQuestion {
  id: string;
  text: string;
  category: string;
  type: string;
  difficulty: string;
  seniority: string[];
  competencies: string[];
  tags: string[];
  estimatedMinutes?: number;
  guidance?: {
    intent: string;
    keyPoints: string[];
    redFlags: string[];
    rubric?: RubricLike;
    weakAnswer?: string;
    sampleAnswer: string;
    followUps: string[];
    keyTerms: string[];
  };
}

function plain(question: FormattableQuestion, guidance: boolean): JsonQuestion {
  const out: JsonQuestion = {
    id: question.id,
    text: question.text,
    category: question.category,
    type: question.type,
    difficulty: question.difficulty,
    seniority: [...question.seniority],
    competencies: [...question.competencies],
    tags: [...question.tags],
  };
  if (question.estimatedMinutes !== undefined) out.estimatedMinutes = question.estimatedMinutes;
  const g = question.guidance;
  if (guidance && g !== undefined) {
    out.guidance = {
      intent: g.intent,
      keyPoints: [...g.keyPoints],
      redFlags: g.redFlags.map(redFlagText),
      sampleAnswer: g.sampleAnswer,
      followUps: [...g.followUps],
      keyTerms: [...g.keyTerms],
    };
    const { rubric, weakAnswer } = g;
    if (rubric !== undefined) {
      const { poor, mixed, good, excellent } = rubric;
      out.guidance.rubric = { poor, mixed, good, excellent };
    }
    if (weakAnswer !== undefined) out.guidance.weakAnswer = weakAnswer;
  }
  return out;
}

/**
 * Writes questions as a JSON array of plain objects with the fields of the CSV export:
 * `id`, `text`, `category`, `type`, `difficulty`, `seniority`, `competencies`, `tags`
 * (lists as arrays) and `estimatedMinutes` (left out when a question has none); with
 * `guidance: true`, also a nested `guidance` object with `intent`, `keyPoints`,
 * `redFlags`, `sampleAnswer`, `followUps` and `keyTerms` (left out when a question has
 * none). Other fields of your objects are not written.
 *
 * @param questions - The questions to write, in the order given.
 * @param options - `guidance` to add each question's guidance.
 * @returns The JSON text, indented by 2 spaces, ending in a newline.
 * @throws `PrepdeckError` `INVALID_ARGUMENT` when `questions` is not an array of
 *   objects, or for an unknown option or option value.
 *
 * @example
 * ```ts
 * import { questions } from '@prepdeck/questions';
 * import { toJson } from '@prepdeck/sdk/format';
 *
 * toJson(questions.slice(0, 1));
 * // '[\n  {\n    "id": "consumer-advocates-role-in-regulation",\n    "text": "Who are ...",\n' +
 * // '    ...\n    "estimatedMinutes": 4\n  }\n]\n'
 *
 * JSON.parse(toJson(questions, { guidance: true }))[0].guidance.keyPoints.length; // 5
 * ```
 */
export function toJson(
  questions: readonly FormattableQuestion[],
  options?: ToJsonOptions | undefined,
): string {
  checkQuestions('toJson', questions);
  const guidance = readGuidance('toJson', readOptions('toJson', options, OPTIONS));
  return `${JSON.stringify(
    questions.map((question) => plain(question, guidance)),
    null,
    2,
  )}\n`;
}
