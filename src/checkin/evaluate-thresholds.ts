import type { AnswerValue } from "../domain/types.ts";

/** Escalation thresholds of the check-in answers (program.checkin.thresholds). */
export interface ThresholdSettings {
  cravingAtLeast: number;
  moodAtMost: number;
  moodDropBelowAverage: number;
  missedInARow: number;
}

/** Reason categories raised by structured rules. */
export type ThresholdReason = "craving_high" | "mood_low" | "mood_drop" | "missed_checkins";

/**
 * Which thresholds a set of answers crosses. `moodAverage` is the participant's average mood
 * over the previous 7 days (null when there is no history), so a drop of 3 or more below
 * their own normal is noticed even when the number itself is not low.
 */
export function evaluateThresholds(
  answers: Record<string, AnswerValue | null>,
  moodAverage: number | null,
  t: ThresholdSettings,
): ThresholdReason[] {
  const reasons: ThresholdReason[] = [];
  const craving = answers.craving;
  const mood = answers.mood;
  if (typeof craving === "number" && craving >= t.cravingAtLeast) reasons.push("craving_high");
  if (typeof mood === "number" && mood <= t.moodAtMost) reasons.push("mood_low");
  else if (typeof mood === "number" && moodAverage !== null && moodAverage - mood >= t.moodDropBelowAverage) reasons.push("mood_drop");
  return reasons;
}

/** A mood alert (low, or a drop) is one concern: a check-in raises at most one of them. */
function concern(reason: string): string {
  return reason === "mood_low" || reason === "mood_drop" ? "mood" : reason;
}

/**
 * The thresholds the answers cross that this check-in has not raised yet (`alerted`). Each
 * is checked as soon as the answers it needs are in, so a check-in may raise a craving alert
 * at one reply and a mood alert at a later one, but never the same concern twice.
 */
export function newThresholdReasons(
  answers: Record<string, AnswerValue | null>,
  alerted: readonly string[],
  moodAverage: number | null,
  t: ThresholdSettings,
): ThresholdReason[] {
  const raised = new Set(alerted.map(concern));
  return evaluateThresholds(answers, moodAverage, t).filter((r) => !raised.has(concern(r)));
}

/** Whether newThresholdReasons needs the participant's mood average: a mood is in and no mood alert was raised. */
export function needsMoodAverage(answers: Record<string, AnswerValue | null>, alerted: readonly string[]): boolean {
  return typeof answers.mood === "number" && !alerted.some((r) => concern(r) === "mood");
}

/** How many check-ins in a row, newest first, were missed. */
export function missedStreak(statusesNewestFirst: readonly string[]): number {
  const firstNotMissed = statusesNewestFirst.findIndex((s) => s !== "missed");
  return firstNotMissed === -1 ? statusesNewestFirst.length : firstNotMissed;
}
