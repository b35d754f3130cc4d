import type { AnswerValue } from "../domain/types.ts";

/**
 * Conversation state of one check-in, stored as JSON on the CheckIn row. Versioned so a
 * deploy never crashes on rows written by older code: an unknown or broken version is
 * replaced by a fresh state that keeps whatever answers it can read. Fields added since
 * (alerted, clarifying) read as empty when a row has none, so older rows need no new version.
 */
export interface CheckinState {
  v: 1;
  /** Index of the question being asked. */
  index: number;
  /** Answers by question id; null = asked but left unanswered. */
  answers: Record<string, AnswerValue | null>;
  /** Invalid replies to the current question so far. */
  attempts: number;
  /** Set once the participant has replied to this check-in. */
  replied: boolean;
  /** Set by a crisis message: the routine flow stops asking until the participant answers again. */
  paused: boolean;
  /** Threshold reasons already raised for this check-in, so no later reply raises them again. */
  alerted: string[];
  /** The last reply ("1") was asked about: it could answer the question or a reminder's RSVP. */
  clarifying: boolean;
}

export const CHECKIN_STATE_VERSION = 1;

/** The state of a check-in that has not been answered yet. */
export function freshCheckinState(): CheckinState {
  return { v: 1, index: 0, answers: {}, attempts: 0, replied: false, paused: false, alerted: [], clarifying: false };
}

function isAnswer(v: unknown): v is AnswerValue | null {
  return v === null || typeof v === "number" || typeof v === "boolean" || typeof v === "string";
}

/** Reads a stored state; never throws. */
export function parseCheckinState(json: string | null | undefined): CheckinState {
  let raw: unknown;
  try {
    raw = json ? JSON.parse(json) : null;
  } catch {
    raw = null;
  }
  const fresh = freshCheckinState();
  if (!raw || typeof raw !== "object") return fresh;
  const r = raw as Record<string, unknown>;
  const answers: CheckinState["answers"] = {};
  if (r.answers && typeof r.answers === "object") {
    for (const [k, v] of Object.entries(r.answers as Record<string, unknown>)) if (isAnswer(v)) answers[k] = v;
  }
  if (r.v !== CHECKIN_STATE_VERSION) return { ...fresh, answers };
  return {
    v: 1,
    index: Number.isInteger(r.index) && (r.index as number) >= 0 ? (r.index as number) : 0,
    answers,
    attempts: Number.isInteger(r.attempts) ? (r.attempts as number) : 0,
    replied: r.replied === true,
    paused: r.paused === true,
    alerted: Array.isArray(r.alerted) ? r.alerted.filter((x): x is string => typeof x === "string") : [],
    clarifying: r.clarifying === true,
  };
}

export function serializeCheckinState(state: CheckinState): string {
  return JSON.stringify(state);
}
