import type { Db } from "../store/create-db.ts";
import { ESCALATION_LEVELS, isEscalationLevel, type EscalationLevel } from "./metrics.ts";

/** What a scrape reads from the database: the outbox's backlog and the alerts nobody has acknowledged. */
export interface DatabaseGauges {
  /** Outbox rows due now or earlier and not sent yet. */
  outboxDepth: number;
  /** How long the oldest of them has been due, in seconds (0 when none is). */
  oldestDueAgeSeconds: number;
  /** Escalations still waiting for an acknowledgement, by level. */
  openEscalations: Record<EscalationLevel, number>;
}

/**
 * Reads the gauges with three indexed queries (Outbox by status and dueAt, Escalation by
 * status). Levels other than the known ones are left out, so a label never carries a stored string.
 */
export async function readDatabaseGauges(db: Db, now: Date): Promise<DatabaseGauges> {
  const due = { status: "pending", dueAt: { lte: now } };
  const [outboxDepth, oldest, open] = await Promise.all([
    db.outbox.count({ where: due }),
    db.outbox.findFirst({ where: due, orderBy: { dueAt: "asc" }, select: { dueAt: true } }),
    db.escalation.groupBy({ by: ["level"], where: { status: "open" }, _count: { _all: true } }),
  ]);
  const openEscalations = Object.fromEntries(ESCALATION_LEVELS.map((l) => [l, 0])) as Record<EscalationLevel, number>;
  for (const row of open) {
    if (isEscalationLevel(row.level)) openEscalations[row.level] = row._count._all;
  }
  const oldestDueAgeSeconds = oldest ? Math.max(0, (now.getTime() - oldest.dueAt.getTime()) / 1000) : 0;
  return { outboxDepth, oldestDueAgeSeconds, openEscalations };
}
