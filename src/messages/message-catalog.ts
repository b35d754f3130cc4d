import type { Choice } from "../domain/messages.ts";

/**
 * Answers a message offers, kept out of its words: a channel with buttons shows the choices,
 * one without appends `choicesText` (see src/channel/choices-as-text.ts).
 */
export interface Offer {
  choices: Choice[];
  /** How to answer in words, in the message's language ("Reply GOING if you'll be there."). */
  choicesText: string;
}

/**
 * Everything the bot says to a participant, in one place per language (en.ts, es.ts).
 * Texts are short, warm, plain and lock-screen safe: no diagnosis, no substance named,
 * no program type. Routine texts fit one SMS segment (checked by test/messages).
 */
export interface ParticipantMessages {
  greeting(p: { name: string; question: string }): string;
  question(id: "mood" | "craving" | "meeting" | "note"): string;
  scaleQuestion(p: { label: string; min: number; max: number }): string;
  yesNoQuestion(p: { label: string }): string;
  textQuestion(p: { label: string }): string;
  gotIt(p: { question: string }): string;
  repromptScale(p: { min: number; max: number; question: string }): string;
  repromptYesNo(p: { question: string }): string;
  moveOn(p: { question: string }): string;
  /** A check-in reply in sentences went to the counselor; the question again. */
  sharedWithTeam(p: { question: string }): string;
  thanks(p: { name: string }): string;
  nudge(p: { name: string; question: string }): string;
  closed(): string;
  idle(p: { support: string }): string;
  crisis(): string;
  urgentSupport(): string;
  /**
   * The direct screening question, asked after a text with distress or means/death cues. It also
   * names 911: the text that raised it may be a medical emergency or a danger the rules missed.
   */
  screenQuestion(): string;
  /** The screening question again, after a reply that only answered the check-in. */
  screenAgain(): string;
  /** After a clear no: thanks, and the check-in question it paused (empty when none). */
  screenNo(p: { question: string }): string;
  /** A message outside a check-in went to the counselor's inbox. */
  passedOn(): string;
  /** A counselor's answer to the participant's message. */
  staffReply(p: { from: string; program: string; text: string }): string;
  stopConfirm(p: { program: string }): string;
  startConfirm(p: { program: string }): string;
  help(p: { program: string; support: string }): string;
  reminder(p: { when: string; time: string; location: string }): string;
  /** What a reminder offers: saying you will be there. */
  reminderChoices(): Offer;
  /** To a number not in the program: names neither the program nor anyone in it. */
  unknownSender(p: { support: string }): string;
  rsvpThanks(): string;
  /** An RSVP that came while a check-in question waits: thanks, then the question again. */
  rsvpThanksThen(p: { question: string }): string;
  /** A bare "1" that could answer the check-in question or the reminder: which one? */
  rsvpOrAnswer(): string;
  /**
   * The first message on a channel (CTIA's opt-in confirmation): who is texting, what and how
   * often, HELP and STOP, and that rates may apply.
   */
  welcome(p: { name: string; program: string; time: string }): string;
}

/** Messages to a group channel: never a name, an answer or the kind of program. */
export interface GroupMessages {
  groupReminder(p: { day: string; time: string; location: string }): string;
}
