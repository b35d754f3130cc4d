import { DEFAULT_QUESTIONS } from "../interpret/default-questions.ts";
import type { ProgramQuestion } from "./question-schema.ts";

/**
 * The daily check-in asked when a program file lists no questions of its own: the standard
 * questions of src/interpret (mood 1-10, craving 0-10, meeting yes/no, optional note), with
 * their labels. "mood" and "craving" are the ids the thresholds look at.
 */
export const DEFAULT_CHECKIN_QUESTIONS: readonly ProgramQuestion[] = DEFAULT_QUESTIONS;

/** A fresh, deep copy of the default questions, so no loaded program shares arrays with another. */
export function defaultCheckinQuestions(): ProgramQuestion[] {
  return structuredClone(DEFAULT_QUESTIONS);
}
