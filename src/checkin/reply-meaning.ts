import type { Lang } from "../domain/types.ts";
import { interpretAnswer } from "../interpret/index.ts";
import type { PromptedQuestion } from "./step-checkin.ts";

/*
 * A reply answers one question. The evening group's reminder often goes out in the same
 * second as the check-in, and when both asked for a number, "1" meant "I'll be there" to the
 * participant and "mood 1" to the bot. So the reminder asks for a word of its own, GOING
 * (VOY in Spanish), that no check-in question reads as an answer, and that word is an RSVP
 * whenever a reminder is waiting for one, even while the check-in asks for its note. Whatever
 * order the two messages arrive in, each reply has one reading, and nothing has to wait.
 *
 * A bare "1" was the RSVP before and habits stay, so it still confirms when no check-in
 * question is waiting, or when the question waiting could not take it (yes or no). When it
 * could (a mood of 1, a craving of 1, a note) and a reminder's RSVP is still unanswered, "1"
 * could mean either, and the participant is asked which: never guessed for, since a wrong
 * guess either invents a very low mood (and an alert) or loses the RSVP. After the question,
 * "1" again is the check-in answer and GOING the RSVP.
 */

/** A reply that may be an RSVP: the RSVP word, a bare "1", or neither. */
export type RsvpWord = "going" | "one" | null;

/** The words that confirm a session, in any language: a participant may answer in either. */
const GOING_WORDS = new Set(["going", "voy"]);

/** Reads a reply as an RSVP word: case, spaces and punctuation around it do not matter ("Going!", "1."). */
export function rsvpWord(text: string): RsvpWord {
  if (text.length > 20) return null;
  const word = text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (word === "1") return "one";
  return GOING_WORDS.has(word) ? "going" : null;
}

/** The latest session reminder's RSVP: none to give, not given yet, or given already. */
export type RsvpInvitation = "none" | "pending" | "answered";

/** What an RSVP word means here: an RSVP, a question back to the participant, or neither (the check-in or the idle reply takes it). */
export type ReplyMeaning = "rsvp" | "ask" | "other";

/** Where the reply lands: the reminder's invitation and the check-in question waiting, if any. */
export interface ReplyContext {
  invitation: RsvpInvitation;
  /** The check-in question waiting for an answer, or null. */
  question: PromptedQuestion | null;
  /** The participant was just asked whether "1" answered the check-in or the reminder. */
  clarifying: boolean;
  lang: Lang;
}

/** What an RSVP word means given the reminder and the check-in (see the note at the top of this file). Pure. */
export function replyMeaning(word: Exclude<RsvpWord, null>, c: ReplyContext): ReplyMeaning {
  if (c.invitation === "none") return "other";
  if (word === "going" || c.question === null) return "rsvp";
  if (c.invitation === "answered" || c.clarifying) return "other";
  return interpretAnswer(c.question, "1", c.lang).kind === "value" ? "ask" : "rsvp";
}
