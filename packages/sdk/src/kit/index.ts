/**
 * Structured interview kits: plan an interview that fits the time, render the
 * interviewer kit with rubric anchors, and score a panel's ratings.
 *
 * @packageDocumentation
 * @module @prepdeck/sdk/kit
 */
export type { InterviewItem, InterviewPlan, KitQuestion } from './interview-plan.js';
export type { InterviewOptions } from './plan-interview.js';
export { planInterview } from './plan-interview.js';
export type { RubricLevel } from './rubric-levels.js';
export { RUBRIC_LEVELS } from './rubric-levels.js';
export type { InterviewBand, InterviewScore, RatingSummary } from './score-interview.js';
export { BAND_THRESHOLDS, scoreInterview } from './score-interview.js';
export { toKitHtml } from './to-kit-html.js';
export { toKitMarkdown } from './to-kit-markdown.js';
