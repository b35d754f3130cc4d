import { parseCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import { evaluateThresholds } from "../checkin/evaluate-thresholds.ts";
import { completedCheckinEvent, planCheckinReply } from "../checkin/plan-checkin-reply.ts";
import type { PromptedQuestion } from "../checkin/step-checkin.ts";
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

type ParticipantRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["participant"]["findUnique"]>>>;

/** Whether the participant is enrolled today (between program start and discharge). */
export function isEnrolled(p: { active: boolean; startDate: string; endDate: string; timeZone: string }, now: Date): boolean {
  const today = localDate(now, p.timeZone);
  return p.active && today >= p.startDate && today <= p.endDate;
}

/** The compliance keyword a participant's message carries. START/YES only mean "opt back in" to someone who opted out; otherwise "yes" is an answer. */
export function participantKeyword(msg: InboundMessage, text: string, p: { optedOutAt: Date | null }): KeywordIntent | null {
  const word = msg.upstreamKeyword ?? classifyKeyword(text);
  return word === "start" && !p.optedOutAt && !msg.upstreamKeyword ? null : word;
}

/**
 * A message from an enrolled participant. Order matters: crisis first (always answered,
 * preempts the check-in), then compliance keywords, then an answer to an open screening
 * question, then the screening question itself for a text with distress or means/death cues,
 * then the check-in in progress, an RSVP to a reminder, a late reply, or a plain message.
 * Every text that is not a readable answer, a keyword, an RSVP or small talk goes to the
 * counselor's inbox (src/inbox/), so a person reads what the rules did not understand.
 */
export async function handleParticipant(turn: InboundTurn, p: ParticipantRow): Promise<void> {
  const { tx, now, risk, text } = turn;
  const lang = p.language as Lang;
  const m = messagesFor(lang);
  const open = await tx.checkIn.findFirst({ where: { participantId: p.id, status: "open", expiresAt: { gt: now } }, orderBy: { promptAt: "desc" } });
  // Texts that raise an escalation reach a person through it; the rest by the inbox's own notice.
  const toInbox = (kind: InboxKind) => addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind, riskLevel: risk.level, notify: risk.level === "none" && !risk.screen });

  if (risk.level === "crisis") {
    await turn.reply(m.crisis(), "crisis");
    await turn.escalate({ participantId: p.id, level: "crisis", reasons: risk.reasons, source: "text", excerpt: text });
    await closeScreening(tx, p.id, now);
    await toInbox("message");
    if (open) {
      const state = { ...parseCheckinState(open.stateJson), replied: true, paused: true };
      await tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState(state), lastReplyAt: now } });
    }
    return;
  }

  const keyword = participantKeyword(turn.msg, text, p);
  if (keyword) {
    await applyKeyword(turn, p, keyword, turn.msg.upstreamKeyword !== undefined);
    return;
  }

  const urgent = risk.level === "urgent";
  if (urgent) await turn.escalate({ participantId: p.id, level: "urgent", reasons: risk.reasons, source: "text", excerpt: text });
  if (p.optedOutAt) {
    // Opted out: nothing is sent (crisis aside), but a person still reads it.
    if (risk.screen && !urgent) await turn.escalate({ participantId: p.id, level: "urgent", reasons: ["distress"], source: "text", excerpt: text });
    if (!isSmallTalk(text)) await toInbox("message");
    return;
  }

  const screening = await openScreening(tx, p.id);
  if (screening) {
    await answerScreen(turn, p, screening, open);
    return;
  }
  if (risk.screen) {
    await askScreen(turn, p, open);
    return;
  }

  if (!isEnrolled(p, now)) {
    if (!isSmallTalk(text)) await toInbox("message");
    await turn.reply(m.idle({ support: turn.ctx.program.program.supportContact }));
    return;
  }

  // On SQLite, src/inbound/fast-inbound.ts answers exactly this case (no risk, no keyword,
  // opted in, enrolled, a check-in open, no threshold crossed, nothing for a person to read)
  // without Prisma.
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
  if (text.trim() === "1" && (await recordRsvp(turn, p.id))) {
    await turn.reply(m.rsvpThanks());
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

type CheckInRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["checkIn"]["findFirst"]>>>;

async function continueCheckin(turn: InboundTurn, p: ParticipantRow, open: CheckInRow, lang: Lang): Promise<void> {
  const settings = turn.ctx.program.program.checkin;
  const plan = planCheckinReply(open.stateJson, turn.text, { questions: settings.questions as PromptedQuestion[], lang, name: p.name }, turn.now);
  if (plan.forStaff) {
    await addToInbox(turn, { participantId: p.id, counselorId: p.counselorId, kind: plan.forStaff, riskLevel: turn.risk.level, notify: turn.risk.level === "none" });
  }
  for (const r of plan.replies) await turn.reply(r);
  if (!plan.done) {
    await turn.tx.checkIn.update({ where: { id: open.id }, data: plan.data });
    return;
  }
  await turn.tx.checkIn.update({ where: { id: open.id }, data: { ...plan.data, status: "complete", closedAt: turn.now } });
  const avg = await moodAverageBefore(turn.tx, p.id, open.localDate);
  const reasons = evaluateThresholds(plan.answers, avg, settings.thresholds);
  if (reasons.length > 0) await turn.escalate({ participantId: p.id, level: "urgent", reasons, source: "threshold" });
  turn.events.push(completedCheckinEvent(turn.now, p.id, open.localDate, plan.data));
}

/** An RSVP ("1") to the most recent session reminder, if one was sent in the last day. */
async function recordRsvp(turn: InboundTurn, participantId: string): Promise<boolean> {
  const reminder = await turn.tx.outbox.findFirst({
    where: { recipientId: participantId, kind: "reminder", status: { in: ["sent", "delivered"] }, ref: { not: null }, createdAt: { gte: new Date(turn.now.getTime() - 26 * 3600_000) } },
    orderBy: { createdAt: "desc" },
  });
  const [groupId, startIso] = (reminder?.ref ?? "").split("|");
  if (!groupId || !startIso) return false;
  const sessionStart = new Date(startIso);
  if (sessionStart.getTime() < turn.now.getTime() - 3600_000) return false;
  const existing = await turn.tx.rsvp.findUnique({ where: { participantId_groupId_sessionStart: { participantId, groupId, sessionStart } } });
  if (!existing) await turn.tx.rsvp.create({ data: { participantId, groupId, sessionStart, at: turn.now } });
  return true;
}
