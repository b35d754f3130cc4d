import { mayAct, type RefusalReason } from "../escalation/may-act.ts";
import { staff } from "../messages/staff.ts";
import type { ParticipantSummary } from "../domain/participant-summary.ts";
import type { Db } from "../store/create-db.ts";
import { addDays, localDate } from "../time/local-date.ts";
import { messageThreads, type ThreadMessage } from "./message-threads.ts";
import { recordAudit } from "../records/record-audit.ts";

/** Days of history read by default. */
export const HISTORY_DAYS = 30;

/** One check-in in a participant's history. */
export interface HistoryCheckIn {
  date: string;
  status: string;
  mood: number | null;
  craving: number | null;
  meeting: boolean | null;
  /** Their own words, if they added a note. */
  note: string | null;
  answeredAt: Date | null;
}

/** One alert in a participant's history, with what staff did about it and the notes they kept. */
export interface HistoryAlert {
  code: string;
  level: string;
  status: string;
  reasons: string[];
  createdAt: Date;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  /** Done actions on it, oldest first; `note` as the counselor wrote it. */
  actions: { counselorId: string; action: string; via: string; at: Date; note: string | null }[];
}

/** What a counselor sees of one participant over the last days: check-ins, alerts and messages. */
export interface ParticipantHistory {
  participant: ParticipantSummary & { optedOut: boolean };
  /** Newest first. */
  checkIns: HistoryCheckIn[];
  /** Newest first: those raised in the period and any still not resolved. */
  alerts: HistoryAlert[];
  /** Oldest first: what they sent and what was sent to them. */
  messages: ThreadMessage[];
}

/** How a history is asked for. */
export interface HistoryOptions {
  /** The surface asking (a channel name, "console", "cli"), for the audit log. */
  via: string;
  /** Days read back (default HISTORY_DAYS). */
  days?: number;
}

/** The answer to a request for a participant's history. A refusal is an answer, not an error. */
export type HistoryOutcome =
  | { kind: "history"; history: ParticipantHistory }
  | { kind: "not_found"; participantId: string }
  /** `message` is the polite answer every surface gives. */
  | { kind: "refused"; participantId: string; reason: RefusalReason; message: string };

/**
 * A participant's history for a counselor, under the one rule (escalation/may-act.ts): their
 * counselor, whoever an alert about them not yet resolved went to (so an on-call counselor
 * handling it sees what led there), and the supervisor of either. Every request, refused or
 * not, is recorded as a `participant_viewed` audit event before the answer is given.
 */
export async function participantHistory(db: Db, counselorId: string, participantId: string, now: Date, o: HistoryOptions): Promise<HistoryOutcome> {
  const audit = (outcome: HistoryOutcome["kind"], counts: Record<string, number> = {}) =>
    recordAudit(db, { at: now, actorKind: "staff", actorId: counselorId, action: "participant_viewed", participantId: outcome === "not_found" ? null : participantId, via: o.via, detail: { outcome, ...counts } });
  const p = await db.participant.findUnique({ where: { id: participantId } });
  if (!p) {
    await audit("not_found");
    return { kind: "not_found", participantId };
  }
  const days = o.days ?? HISTORY_DAYS;
  const since = new Date(now.getTime() - days * 86_400_000);
  const alertRows = await db.escalation.findMany({
    where: { participantId, OR: [{ createdAt: { gte: since } }, { status: { not: "resolved" } }] },
    orderBy: { createdAt: "desc" },
  });
  const stillOpen = alertRows.filter((e) => e.status !== "resolved").map((e) => e.id);
  const [notices, counselors] = await Promise.all([
    stillOpen.length ? db.escalationNotice.findMany({ where: { escalationId: { in: stillOpen } }, select: { counselorId: true } }) : [],
    db.counselor.findMany({ select: { id: true, active: true, supervisorId: true } }),
  ]);
  const rule = mayAct(counselorId, { assignedCounselorId: p.counselorId, notices, counselors });
  if (!rule.allowed) {
    await audit("refused");
    return { kind: "refused", participantId, reason: rule.reason, message: staff.historyNotYours({ pid: participantId, inactive: rule.reason === "inactive" }) };
  }
  const today = localDate(now, p.timeZone);
  const [checkIns, actions, threads] = await Promise.all([
    db.checkIn.findMany({ where: { participantId, localDate: { gte: addDays(today, -days), lte: today } }, orderBy: { localDate: "desc" } }),
    alertRows.length
      ? db.staffAction.findMany({ where: { escalationId: { in: alertRows.map((e) => e.id) }, outcome: "done" }, orderBy: { id: "asc" } })
      : [],
    messageThreads(db, { owner: { kind: "participant", id: participantId }, since }),
  ]);
  const messages = threads.get(`participant:${participantId}`) ?? [];
  await audit("history", { days, checkIns: checkIns.length, alerts: alertRows.length, messages: messages.length });
  return {
    kind: "history",
    history: {
      participant: {
        id: p.id,
        name: p.name,
        counselorId: p.counselorId,
        groupId: p.groupId,
        language: p.language,
        timeZone: p.timeZone,
        startDate: p.startDate,
        endDate: p.endDate,
        active: p.active,
        optedOut: p.optedOutAt !== null,
      },
      checkIns: checkIns
        .filter((c) => c.status !== "scheduled")
        .map((c) => ({ date: c.localDate, status: c.status, mood: c.mood, craving: c.craving, meeting: c.meeting, note: c.note, answeredAt: c.lastReplyAt })),
      alerts: alertRows.map((e) => ({
        code: e.code,
        level: e.level,
        status: e.status,
        reasons: JSON.parse(e.reasonsJson) as string[],
        createdAt: e.createdAt,
        acknowledgedBy: e.acknowledgedBy,
        acknowledgedAt: e.acknowledgedAt,
        resolvedBy: e.resolvedBy,
        resolvedAt: e.resolvedAt,
        actions: actions.filter((a) => a.escalationId === e.id).map((a) => ({ counselorId: a.counselorId, action: a.action, via: a.via, at: a.at, note: a.note })),
      })),
      messages,
    },
  };
}
