import type { Conversation } from "../domain/messages.ts";
import type { KeywordIntent, RiskAssessment } from "../risk/index.ts";

/** What is known of a participant's message before anything is written: what the routing decision reads. */
export interface ParticipantFacts {
  conversation: Conversation;
  risk: RiskAssessment;
  /** The compliance keyword it carries (see participantKeyword), or null. */
  keyword: KeywordIntent | null;
  /** Opted out where the message came from. */
  optedOut: boolean;
  /** A screening question waits for this person's answer. */
  screeningOpen: boolean;
  /** Enrolled today (see isEnrolled). */
  enrolled: boolean;
  /** The text is a word that may answer a session reminder (see rsvpWord). */
  rsvpWord: boolean;
  /** Today's check-in takes a reply (see takesReplies). */
  checkinOpen: boolean;
}

/**
 * Where a participant's message goes, in the order the gates apply:
 * - `group`: written in a group conversation; assessed for risk only, never an answer;
 * - `crisis`: always answered, preempts the check-in;
 * - `keyword`: STOP/START/HELP;
 * - `opted_out`: nothing is sent (a person still reads it);
 * - `screening_answer` / `screening_ask`: the safety screening question;
 * - `not_enrolled`: outside the program's dates;
 * - `rsvp_word`: may answer a session reminder (if it does not, the check-in or the idle reply takes it);
 * - `checkin`: an answer to today's check-in;
 * - `no_checkin`: nothing open to answer (a late reply, small talk, words for the counselor).
 * Urgent risk is escalated on every route from `opted_out` on (see handleParticipant).
 *
 * The general path (handleParticipant) and the fast paths (fast-answer-plan.ts, which take
 * `checkin` only, when nothing else is in the text) all route by this one function, so a
 * gate added here applies to both.
 */
export type ParticipantRoute = "group" | "crisis" | "keyword" | "opted_out" | "screening_answer" | "screening_ask" | "not_enrolled" | "rsvp_word" | "checkin" | "no_checkin";

export function routeParticipant(f: ParticipantFacts): ParticipantRoute {
  if (f.conversation.kind === "group") return "group";
  if (f.risk.level === "crisis") return "crisis";
  if (f.keyword) return "keyword";
  if (f.optedOut) return "opted_out";
  if (f.screeningOpen) return "screening_answer";
  if (f.risk.screen) return "screening_ask";
  if (!f.enrolled) return "not_enrolled";
  if (f.risk.level !== "urgent" && f.rsvpWord) return "rsvp_word";
  return f.checkinOpen ? "checkin" : "no_checkin";
}
