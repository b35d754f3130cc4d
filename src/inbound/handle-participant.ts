import { parseCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import { evaluateThresholds } from "../checkin/evaluate-thresholds.ts";
import { stepCheckin, type PromptedQuestion } from "../checkin/step-checkin.ts";
import type { Lang } from "../domain/types.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { classifyKeyword } from "../risk/index.ts";
import { localDate } from "../time/local-date.ts";
import type { InboundTurn } from "./inbound-turn.ts";
import { applyKeyword } from "./apply-keyword.ts";
import { moodAverageBefore } from "../checkin/mood-average.ts";

type ParticipantRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["participant"]["findUnique"]>>>;

/** Whether the participant is enrolled today (between program start and discharge). */
export function isEnrolled(p: { active: boolean; startDate: string; endDate: string; timeZone: string }, now: Date): boolean {
  const today = localDate(now, p.timeZone);
  return p.active && today >= p.startDate && today <= p.endDate;
}

/**
 * A message from an enrolled participant. Order matters: crisis first (always answered,
 * preempts the check-in), then compliance keywords, then silence if opted out, then the
 * check-in in progress, an RSVP to a reminder, a late reply, or a plain message.
 */
export async function handleParticipant(turn: InboundTurn, p: ParticipantRow): Promise<void> {
  const { tx, now, risk, text } = turn;
  const lang = p.language as Lang;
  const m = messagesFor(lang);
  const open = await tx.checkIn.findFirst({ where: { participantId: p.id, status: "open", expiresAt: { gt: now } }, orderBy: { promptAt: "desc" } });

  if (risk.level === "crisis") {
    await turn.reply(m.crisis(), "crisis");
    await turn.escalate({ participantId: p.id, level: "crisis", reasons: risk.reasons, source: "text", excerpt: text });
    if (open) {
      const state = { ...parseCheckinState(open.stateJson), replied: true, paused: true };
      await tx.checkIn.update({ where: { id: open.id }, data: { stateJson: serializeCheckinState(state), lastReplyAt: now } });
    }
    return;
  }

  // START/YES only mean "opt back in" to someone who opted out; otherwise "yes" is an answer.
  const word = turn.msg.upstreamKeyword ?? classifyKeyword(text);
  const keyword = word === "start" && !p.optedOutAt && !turn.msg.upstreamKeyword ? null : word;
  if (keyword) {
    await applyKeyword(turn, p, keyword, turn.msg.upstreamKeyword !== undefined);
    return;
  }

  const urgent = risk.level === "urgent";
  if (urgent) await turn.escalate({ participantId: p.id, level: "urgent", reasons: risk.reasons, source: "text", excerpt: text });
  if (p.optedOutAt) return; // opted out: nothing but the confirmation (crisis aside)
  if (!isEnrolled(p, now)) {
    await turn.reply(m.idle({ support: turn.ctx.program.program.supportContact }));
    return;
  }

  if (open) {
    await continueCheckin(turn, p, open, lang);
    if (urgent) await turn.reply(m.urgentSupport());
    return;
  }
  if (urgent) {
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
  await turn.reply(recentlyClosed > 0 ? m.closed() : m.idle({ support: turn.ctx.program.program.supportContact }));
}

type CheckInRow = NonNullable<Awaited<ReturnType<InboundTurn["tx"]["checkIn"]["findFirst"]>>>;

async function continueCheckin(turn: InboundTurn, p: ParticipantRow, open: CheckInRow, lang: Lang): Promise<void> {
  const settings = turn.ctx.program.program.checkin;
  const questions = settings.questions as PromptedQuestion[];
  const step = stepCheckin(parseCheckinState(open.stateJson), turn.text, { questions, lang, name: p.name });
  for (const r of step.replies) await turn.reply(r);
  const answers = step.state.answers;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const data = {
    stateJson: serializeCheckinState(step.state),
    lastReplyAt: turn.now,
    answersJson: JSON.stringify(answers),
    mood: num(answers.mood),
    craving: num(answers.craving),
    meeting: typeof answers.meeting === "boolean" ? answers.meeting : null,
    note: typeof answers.note === "string" ? answers.note : null,
  };
  if (!step.done) {
    await turn.tx.checkIn.update({ where: { id: open.id }, data });
    return;
  }
  await turn.tx.checkIn.update({ where: { id: open.id }, data: { ...data, status: "complete", closedAt: turn.now } });
  const avg = await moodAverageBefore(turn.tx, p.id, open.localDate);
  const reasons = evaluateThresholds(answers, avg, settings.thresholds);
  if (reasons.length > 0) await turn.escalate({ participantId: p.id, level: "urgent", reasons, source: "threshold" });
  const event: EngineEvent = {
    type: "checkin",
    at: turn.now,
    participant: p.id,
    date: open.localDate,
    mood: data.mood,
    craving: data.craving,
    meeting: data.meeting,
    complete: true,
  };
  turn.events.push(event);
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
