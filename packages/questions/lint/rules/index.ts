import type { LintRule } from '../lint-rule.js';
import { behavioralAnswerShape } from './behavioral-answer-shape.js';
import { categoriesHaveQuestions } from './categories-have-questions.js';
import { cleanWhitespace } from './clean-whitespace.js';
import { factsHaveSources } from './facts-have-sources.js';
import { folderMatchesCategory } from './folder-matches-category.js';
import { guidanceCounts } from './guidance-counts.js';
import { idMatchesFileName } from './id-matches-file-name.js';
import { keyTermsInLexicon } from './key-terms-in-lexicon.js';
import { knownVocabulary } from './known-vocabulary.js';
import { noNearDuplicates } from './no-near-duplicates.js';
import { placedInJurisdiction } from './placed-in-jurisdiction.js';
import { redFlagCues } from './red-flag-cues.js';
import { rubricAnchors } from './rubric-anchors.js';
import { sampleAnswerFormula } from './sample-answer-formula.js';
import { sampleAnswerLength } from './sample-answer-length.js';
import { sampleAnswerVariety } from './sample-answer-variety.js';
import { schemaComment } from './schema-comment.js';
import { textPunctuation } from './text-punctuation.js';
import { uniqueIds } from './unique-ids.js';
import { vocabularyCounts } from './vocabulary-counts.js';
import { weakAnswer } from './weak-answer.js';

/** Every content rule, run by the build in this order. */
export const rules: readonly LintRule[] = [
  schemaComment,
  idMatchesFileName,
  folderMatchesCategory,
  uniqueIds,
  textPunctuation,
  cleanWhitespace,
  guidanceCounts,
  sampleAnswerLength,
  knownVocabulary,
  vocabularyCounts,
  categoriesHaveQuestions,
  noNearDuplicates,
  rubricAnchors,
  redFlagCues,
  weakAnswer,
  sampleAnswerFormula,
  factsHaveSources,
  placedInJurisdiction,
  sampleAnswerVariety,
  behavioralAnswerShape,
  keyTermsInLexicon,
];
