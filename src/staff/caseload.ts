import { missedStreak } from "../checkin/evaluate-thresholds.ts";
import { mayAct } from "../escalation/may-act.ts";
import type { Db } from "../store/create-db.ts";
import { addDays, localDate } from "../time/local-date.ts";
import { recordAudit } from "../records/record-audit.ts";

/** Days in each half of a trend: this week against the week before. */
export const TREND_DAYS = 7;
/** Days of check-ins read back to count a run of missed ones (the digest reads as many). */
const STREAK_LOOKBACK_DAYS = 30;

/** An average over the last TREND_DAYS local days (today included) and over the TREND_DAYS before; null without answers. */
export interface Trend {
  recent: number | null;
  prior: number | null;
}

/** One participant on a counselor's caseload, with how they are doing. Ids, counts and averages; no words of theirs. */
export interface CaseloadEntry {
  participantId: string;
  name: string;
  counselorId: string;
  /** Why this counselor sees them: their own participant, or one of a counselor they supervise. */
  as: "assigned" | "supervisor";
  optedOut: boolean;
  /** The program's last local day for them. */
  endDate: string;
  /** Their last answered check-in: its local date and the time of their last answer. */
  lastCheckIn: { date: string; at: Date } | null;
  mood: Trend;
  craving: Trend;
  /** Check-ins missed in a row, up to the latest one closed. */
  missedInARow: number;
  /** Alerts about them not yet resolved. */
  openAlerts: number;
  /** Their messages in the inbox nobody has read. */
  unread: number;
}

function average(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * A counselor's caseload, by participant id: the participants they may act on without an alert
 * (escalation/may-act.ts: their own, and for a supervisor those of the counselors they
 * supervise), with mood and craving trends, the last check-in, the run of missed ones, open
 * alerts and unread messages. An unknown or inactive counselor has none. Each read is recorded
 * as `caseload_viewed` audit events: one per participant shown, or one without a participant
 * when the caseload is empty. `via` is the surface asking (a channel name, "console", "cli").
 */
export async function caseload(db: Db, counselorId: string, now: Date, o: { via: string }): Promise<CaseloadEntry[]> {
  const counselors = await db.counselor.findMany({ select: { id: true, active: true, supervisorId: true } });
  const teams = [counselorId, ...counselors.filter((c) => c.supervisorId === counselorId).map((c) => c.id)];
  const candidates = await db.participant.findMany({ where: { active: true, counselorId: { in: teams } }, orderBy: { id: "asc" } });
  const people = candidates.flatMap((p) => {
    const rule = mayAct(counselorId, { assignedCounselorId: p.counselorId, notices: [], counselors });
    return rule.allowed && rule.as !== "notified" ? [{ p, as: rule.as, today: localDate(now, p.timeZone) }] : [];
  });
  const viewed = (participantId: string | null) => ({ at: now, actorKind: "staff" as const, actorId: counselorId, action: "caseload_viewed" as const, participantId, via: o.via, detail: { participants: people.length } });
  await recordAudit(db, ...(people.length === 0 ? [viewed(null)] : people.map((x) => viewed(x.p.id))));
  if (people.length === 0) return [];
  const ids = people.map((x) => x.p.id);
  const earliest = people.map((x) => x.today).sort()[0]!;
  const [checkIns, lastAnswered, alerts, unread] = await Promise.all([
    db.checkIn.findMany({
      where: { participantId: { in: ids }, localDate: { gte: addDays(earliest, -STREAK_LOOKBACK_DAYS) } },
      select: { participantId: true, localDate: true, status: true, mood: true, craving: true },
      orderBy: { localDate: "desc" },
    }),
    db.checkIn.groupBy({ by: ["participantId"], where: { participantId: { in: ids }, lastReplyAt: { not: null } }, _max: { localDate: true, lastReplyAt: true } }),
    db.escalation.groupBy({ by: ["participantId"], where: { participantId: { in: ids }, status: { in: ["open", "acknowledged"] } }, _count: { _all: true } }),
    db.inboxItem.groupBy({ by: ["participantId"], where: { participantId: { in: ids }, status: "unread" }, _count: { _all: true } }),
  ]);
  const last = new Map(lastAnswered.map((r) => [r.participantId, r._max]));
  const alertCount = new Map(alerts.map((r) => [r.participantId, r._count._all]));
  const unreadCount = new Map(unread.map((r) => [r.participantId, r._count._all]));
  return people.map(({ p, as, today }) => {
    // Newest first; check-ins planned for later days are not news yet.
    const rows = checkIns.filter((c) => c.participantId === p.id && c.localDate <= today);
    const recentFrom = addDays(today, -(TREND_DAYS - 1));
    const priorFrom = addDays(recentFrom, -TREND_DAYS);
    const recent = rows.filter((c) => c.localDate >= recentFrom);
    const prior = rows.filter((c) => c.localDate >= priorFrom && c.localDate < recentFrom);
    const of = (list: typeof rows, key: "mood" | "craving") => average(list.flatMap((c) => (c[key] === null ? [] : [c[key]])));
    const closed = rows.filter((c) => c.status === "complete" || c.status === "expired" || c.status === "missed").map((c) => c.status);
    const l = last.get(p.id);
    return {
      participantId: p.id,
      name: p.name,
      counselorId: p.counselorId,
      as,
      optedOut: p.optedOutAt !== null,
      endDate: p.endDate,
      lastCheckIn: l?.localDate && l.lastReplyAt ? { date: l.localDate, at: l.lastReplyAt } : null,
      mood: { recent: of(recent, "mood"), prior: of(prior, "mood") },
      craving: { recent: of(recent, "craving"), prior: of(prior, "craving") },
      missedInARow: missedStreak(closed),
      openAlerts: alertCount.get(p.id) ?? 0,
      unread: unreadCount.get(p.id) ?? 0,
    };
  });
}
