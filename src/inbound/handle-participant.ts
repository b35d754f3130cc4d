import { parseCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import { needsMoodAverage } from "../checkin/evaluate-thresholds.ts";
import { completedCheckinEvent, planCheckinReply, raiseThresholds, takesReplies } from "../checkin/plan-checkin-reply.ts";
import { rsvpWord, replyMeaning } from "../checkin/reply-meaning.ts";
import { currentQuestionIndex, questionText, type PromptedQuestion } from "../checkin/step-checkin.ts";
import type { InboundMessage } from "../domain/messages.ts";
import type { Lang } from "../domain/types.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { classifyKeyword, type KeywordIntent } from "../risk/index.ts";
import { localDate } from "../time/local-date.ts";
import type { InboundTurn } from "./inbound-turn.ts";
import { applyKeyword } from "./apply-keyword.ts";
import { moodAverageBefore } from "../checkin/mood-average.ts";
import { addToInbox, type InboxKind } from "../inbox/add-to-inbox.ts";
import { isSmallTalk } from "../inbox/is-small-talk.ts";
import { isBareAnswer } from "../interpret/is-bare-answer.ts";
import { answerScreen, askScreen, closeScreening, openScreening } from "../safety/screening.ts";
import { routeParticipant } from "./participant-route.ts";

type ParticipantRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["participant"]["findUnique"]>>>;

/** Whether the participant is enrolled today (between program start and discharge). */
export function isEnrolled(p: { active: boolean; startDate: string; endDate: string; timeZone: string }, now: Date): boolean {
  const today = localDate(now, p.timeZone);
  return p.active && today >= p.startDate && today <= p.endDate;
}

/**
 * The compliance keyword a participant's message carries. START/YES only mean "opt back in"
 * to someone who opted out; otherwise "yes" is an answer, even when the provider marked it as
 * an opt-in (Twilio's Advanced Opt-Out lists YES among its opt-in words): for a person who is
 * opted in it changes nothing there, and here it may answer the screening question.
 */
export function participantKeyword(msg: InboundMessage, text: string, p: { optedOutAt: Date | null }): KeywordIntent | null {
  const word = msg.upstreamKeyword ?? classifyKeyword(text);
  return word === "start" && !p.optedOutAt ? null : word;
}

/**
 * A message from an enrolled participant, routed by routeParticipant (the gates and their
 * order are there, shared with the fast path): crisis first (always answered, preempts the
 * check-in), then compliance keywords, then silence if opted out, then an answer to an open
 * screening question, then the screening question itself for a text with distress or
 * means/death cues, then an RSVP to a reminder (or the question whether "1" is one), the
 * check-in in progress, a late reply, or a plain message. A message in a group conversation
 * is read for a crisis only. Every text that is not a readable answer, a keyword, an RSVP or
 * small talk goes to the counselor's inbox (src/inbox/), so a person reads what the rules did
 * not understand.
 */
export async function handleParticipant(turn: InboundTurn, p: ParticipantRow): Promise<void> {
  const { tx, now, risk, text } = turn;
  const lang = p.language as Lang;
  const m = messagesFor(lang);
  const open = await answerableCheckin(turn, p.id);
  // Texts that raise an escalation reach a person through it; the rest by the inbox's own notice.
  const toInbox = (kind: InboxKind) => addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind, riskLevel: risk.level, notify: risk.level === "none" && !risk.screen });
  const keyword = participantKeyword(turn.msg, text, p);
  const screening = p.optedOutAt ? null : await openScreening(tx, p.id);
  const route = routeParticipant({
    conversation: turn.msg.conversation,
    risk,
    keyword,
    optedOut: p.optedOutAt !== null,
    screeningOpen: screening !== null,
    enrolled: isEnrolled(p, now),
    rsvpWord: rsvpWord(text) !== null,
    checkinOpen: open !== null,
  });

  if (route === "group") {
    // Others in the group read it too: only a crisis is acted on, and answered directly.
    if (risk.level === "crisis") await answerCrisis(turn, p, open);
    return;
  }
  if (route === "crisis") {
    await answerCrisis(turn, p, open);
    return;
  }
  if (route === "keyword") {
    await applyKeyword(turn, p, keyword!, turn.msg.upstreamKeyword !== undefined);
    return;
  }

  const urgent = risk.level === "urgent";
  // Distress that the screening question is about (asked now, or answered by this text) is
  // escalated by the answer, once; a lapse is escalated in any case.
  const screened = !p.optedOutAt && (screening !== null || risk.screen);
  const lapse = risk.reasons.some((r) => r !== "distress");
  if (urgent && (!screened || lapse)) await turn.escalate({ participantId: p.id, level: "urgent", reasons: risk.reasons, source: "text", excerpt: text });
  if (route === "opted_out") {
    // Opted out: nothing is sent (crisis aside), but a person still reads it.
    if (risk.screen && !urgent) await turn.escalate({ participantId: p.id, level: "urgent", reasons: ["distress"], source: "text", excerpt: text });
    if (!isSmallTalk(text)) await toInbox("message");
    return;
  }

  if (route === "screening_answer") {
    await answerScreen(turn, p, screening!, open);
    return;
  }
  if (route === "screening_ask") {
    await askScreen(turn, p, open);
    return;
  }

  if (route === "not_enrolled") {
    if (!isSmallTalk(text)) await toInbox("message");
    await turn.reply(m.idle({ support: turn.ctx.program.program.supportContact }));
    return;
  }

  // The fast paths (src/inbound/fast-answer-plan.ts) answer the "checkin" route when nothing else is
  // in the text (no threshold newly crossed, nothing for a person to read) without Prisma.
  if (route === "rsvp_word" && (await answerRsvpWord(turn, p, open, lang))) return;
  if (open) {
    await continueCheckin(turn, p, open, lang);
    if (urgent) await turn.reply(m.urgentSupport());
    return;
  }
  if (urgent) {
    await toInbox("message");
    await turn.reply(m.urgentSupport());
    return;
  }
  const recentlyClosed = await tx.checkIn.count({
    where: { participantId: p.id, status: { in: ["expired", "missed"] }, closedAt: { gte: new Date(now.getTime() - 12 * 3600_000) } },
  });
  // A late answer to a closed check-in ("7") says nothing more than the check-in would have.
  if (recentlyClosed > 0 && isBareAnswer(text)) {
    await turn.reply(m.closed());
    return;
  }
  if (!isSmallTalk(text)) {
    await toInbox("message");
    await turn.reply(m.passedOn());
    return;
  }
  await turn.reply(recentlyClosed > 0 ? m.closed() : m.idle({ support: turn.ctx.program.program.supportContact }));
}

/**
 * A crisis: the crisis reply to the person directly (wherever they wrote), the page, the
 * screening question closed, the words for the counselor, and today's check-in paused.
 */
async function answerCrisis(turn: InboundTurn, p: ParticipantRow, open: CheckInRow | null): Promise<void> {
  const { tx, now, risk, text } = turn;
  await turn.reply(messagesFor(p.language as Lang).crisis(), "crisis");
  await turn.escalate({ participantId: p.id, level: "crisis", reasons: risk.reasons, source: "text", excerpt: text });
  await closeScreening(turn, p.id);
  await addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind: "message", riskLevel: risk.level, notify: false });
  if (open) {
    const state = { ...parseCheckinState(open.stateJson), replied: true, paused: true };
    await tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState(state), lastReplyAt: now } });
  }
}

type CheckInRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["checkIn"]["findFirst"]>>>;

/** Today's check-in if it takes a reply: open, or complete with the optional note still asked (see takesReplies). */
async function answerableCheckin(turn: InboundTurn, participantId: string): Promise<CheckInRow | null> {
  const c = await turn.tx.checkIn.findFirst({
    where: { participantId, status: { in: ["open", "complete"] }, expiresAt: { gt: turn.now } },
    orderBy: { promptAt: "desc" },
  });
  return c && takesReplies(c.status, c.stateJson, turn.ctx.program.program.checkin.questions as PromptedQuestion[]) ? c : null;
}

/**
 * One reply to the check-in. Each threshold is checked as soon as the answers it needs are
 * in, and its escalation opened in this turn, so it is paged now, not when the optional note
 * comes or the day ends. The check-in is complete once its required questions are settled;
 * a note that follows is attached to it.
 */
async function continueCheckin(turn: InboundTurn, p: ParticipantRow, open: CheckInRow, lang: Lang): Promise<void> {
  const settings = turn.ctx.program.program.checkin;
  const planned = planCheckinReply(open.stateJson, turn.text, { questions: settings.questions as PromptedQuestion[], lang, name: p.name }, turn.now);
  if (planned.forStaff) {
    const notify = turn.risk.level === "none";
    await addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind: planned.forStaff, riskLevel: turn.risk.level, notify });
  }
  const average = needsMoodAverage(planned.answers, planned.state.alerted) ? await moodAverageBefore(turn.tx, p.id, open.localDate) : null;
  const { reasons, plan } = raiseThresholds(planned, average, settings.thresholds);
  for (const r of plan.replies) await turn.reply(r, "reply", plan.reprompt ? "reprompt" : null);
  const completes = plan.complete && open.status === "open";
  await turn.tx.checkIn.update({ where: { id: open.id }, data: completes ? { ...plan.data, status: "complete", closedAt: turn.now } : plan.data });
  if (reasons.length > 0) await turn.escalate({ participantId: p.id, level: "urgent", reasons, source: "threshold" });
  if (completes) turn.events.push(completedCheckinEvent(turn.now, p.id, open.localDate, plan.data));
}

/**
 * A reply that may answer a session reminder ("GOING", "VOY" or a bare "1"): an RSVP, or a
 * question back when it could also answer the check-in (see src/checkin/reply-meaning.ts).
 * False when it is neither, and the check-in or the idle reply takes it.
 */
async function answerRsvpWord(turn: InboundTurn, p: ParticipantRow, open: CheckInRow | null, lang: Lang): Promise<boolean> {
  const word = rsvpWord(turn.text);
  if (!word) return false;
  const session = await rsvpSession(turn, p.id);
  const questions = turn.ctx.program.program.checkin.questions as PromptedQuestion[];
  const state = open ? parseCheckinState(open.stateJson) : null;
  const question = state ? (questions[currentQuestionIndex(state, questions)] ?? null) : null;
  const invitation = !session ? "none" : session.answered ? "answered" : "pending";
  const meaning = replyMeaning(word, { invitation, question, clarifying: state?.clarifying === true, lang });
  if (meaning === "other" || !session) return false;
  const m = messagesFor(lang);
  if (meaning === "ask" && open && state) {
    await turn.reply(m.rsvpOrAnswer());
    await turn.tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState({ ...state, replied: true, clarifying: true }), lastReplyAt: turn.now } });
    return true;
  }
  const { groupId, sessionStart } = session;
  if (!session.stored) await turn.tx.rsvp.create({ data: { participantId: p.id, groupId, sessionStart, at: turn.now } });
  if (!open || !state || !question) {
    await turn.reply(m.rsvpThanks());
    return true;
  }
  await turn.reply(m.rsvpThanksThen({ question: questionText(question, lang) }));
  if (state.clarifying) await turn.tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState({ ...state, clarifying: false }) } });
  return true;
}

/**
 * The session the most recent reminder (sent in the last day) asks an RSVP for, or null. The
 * RSVP counts as answered only if given after that reminder: a second reminder for the same
 * session invites a reply again, and a "1" to it is as ambiguous as to the first.
 */
async function rsvpSession(turn: InboundTurn, participantId: string): Promise<{ groupId: string; sessionStart: Date; stored: boolean; answered: boolean } | null> {
  const reminder = await turn.tx.outbox.findFirst({
    where: { recipientId: participantId, kind: "reminder", status: { in: ["sent", "delivered"] }, ref: { not: null }, createdAt: { gte: new Date(turn.now.getTime() - 26 * 3600_000) } },
    orderBy: { createdAt: "desc" },
  });
  const [groupId, startIso] = (reminder?.ref ?? "").split("|");
  if (!groupId || !startIso) return null;
  const sessionStart = new Date(startIso);
  if (sessionStart.getTime() < turn.now.getTime() - 3600_000) return null;
  const existing = await turn.tx.rsvp.findUnique({ where: { participantId_groupId_sessionStart: { participantId, groupId, sessionStart } } });
  return { groupId, sessionStart, stored: existing !== null, answered: existing !== null && existing.at >= reminder!.createdAt };
}
