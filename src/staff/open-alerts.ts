import { mayAct, type MayAct } from "../escalation/may-act.ts";
import type { Db } from "../store/create-db.ts";

/** An alert not yet resolved, as staff see it in a list: ids, level and reason categories, never the participant's words. */
export interface OpenAlert {
  code: string;
  level: string;
  status: "open" | "acknowledged";
  /** Null for an unenrolled sender. */
  participantId: string | null;
  reasons: string[];
  createdAt: Date;
  /** How far up the ladder it went (0: the first people paged). */
  step: number;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  /** Everyone it was sent to so far, in the order they were paged. */
  notified: string[];
  /** For a staff member's list: why they may act on it. */
  as?: Extract<MayAct, { allowed: true }>["as"];
}

/**
 * The alerts not yet resolved, oldest first: all of them, or with `for` only those that staff
 * member may act on, by the one rule (escalation/may-act.ts). An unknown or inactive counselor
 * gets none.
 */
export async function openAlerts(db: Db, o: { for?: string } = {}): Promise<OpenAlert[]> {
  const rows = await db.escalation.findMany({ where: { status: { in: ["open", "acknowledged"] } }, orderBy: { createdAt: "asc" } });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const notices = await db.escalationNotice.findMany({ where: { escalationId: { in: ids } }, select: { escalationId: true, counselorId: true }, orderBy: { id: "asc" } });
  const noticesOf = new Map<string, string[]>();
  for (const n of notices) {
    const list = noticesOf.get(n.escalationId) ?? noticesOf.set(n.escalationId, []).get(n.escalationId)!;
    if (!list.includes(n.counselorId)) list.push(n.counselorId);
  }
  const alerts: OpenAlert[] = rows.map((e) => ({
    code: e.code,
    level: e.level,
    status: e.status === "open" ? "open" : "acknowledged",
    participantId: e.participantId,
    reasons: JSON.parse(e.reasonsJson) as string[],
    createdAt: e.createdAt,
    step: e.step,
    acknowledgedBy: e.acknowledgedBy,
    acknowledgedAt: e.acknowledgedAt,
    notified: noticesOf.get(e.id) ?? [],
  }));
  if (o.for === undefined) return alerts;
  const me = o.for;
  const pids = [...new Set(rows.map((r) => r.participantId).filter((p): p is string => p !== null))];
  const assigned = new Map((await db.participant.findMany({ where: { id: { in: pids } }, select: { id: true, counselorId: true } })).map((p) => [p.id, p.counselorId]));
  const counselors = await db.counselor.findMany({ select: { id: true, active: true, supervisorId: true } });
  return alerts.flatMap((a) => {
    const rule = mayAct(me, {
      assignedCounselorId: a.participantId ? (assigned.get(a.participantId) ?? null) : null,
      notices: a.notified.map((counselorId) => ({ counselorId })),
      counselors,
    });
    return rule.allowed ? [{ ...a, as: rule.as }] : [];
  });
}
