/**
 * Answer interpretation for the daily check-in, in English and Spanish: pure functions from
 * a participant's text to answer values.
 */
export { DEFAULT_QUESTIONS, defaultLabels } from "./default-questions.ts";
export { type Interpretation, type InvalidReason, interpretAnswer } from "./interpret-answer.ts";
export { interpretCheckin } from "./interpret-checkin.ts";
export { MAX_SCAN_CHARS, MAX_TEXT_ANSWER_CHARS } from "./normalize.ts";
