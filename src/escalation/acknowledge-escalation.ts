import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Db, Tx } from "../store/create-db.ts";

/** Outcome of ACK or RESOLVE. */
export type AckOutcome =
  | { kind: "done"; code: string; participantId: string | null; event: EngineEvent }
  | { kind: "already"; code: string; by: string }
  | { kind: "not_found"; code: string };

async function notifiedIds(client: Db | Tx, escalationId: string): Promise<string[]> {
  const rows = await client.escalationNotice.findMany({ where: { escalationId }, select: { counselorId: true }, orderBy: { id: "asc" } });
  return [...new Set(rows.map((r) => r.counselorId))];
}

function eventOf(e: { participantId: string | null; code: string; level: string; reasonsJson: string }, status: string, at: Date, notified: string[]): EngineEvent {
  return {
    type: "escalation",
    at,
    participant: e.participantId,
    code: e.code,
    level: e.level === "crisis" ? "crisis" : "urgent",
    reasons: JSON.parse(e.reasonsJson) as string[],
    notified,
    status,
  };
}

/**
 * Acknowledges the open escalation with this code and stops its re-escalation. The update is
 * conditional on the row still being open, so two counselors acknowledging at once get one
 * "done" and one "already". The caller emits the returned event once its transaction commits.
 */
export async function acknowledgeEscalation(ctx: EngineContext, code: string, by: string, client: Db | Tx = ctx.db): Promise<AckOutcome> {
  const now = ctx.clock();
  const esc = await client.escalation.findFirst({ where: { code, status: { not: "resolved" } }, orderBy: { createdAt: "desc" } });
  if (!esc) return { kind: "not_found", code };
  if (esc.status !== "open") return { kind: "already", code, by: esc.acknowledgedBy ?? "someone" };
  const changed = await client.escalation.updateMany({ where: { id: esc.id, status: "open" }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: by } });
  if (changed.count === 0) {
    const again = await client.escalation.findUnique({ where: { id: esc.id } });
    return { kind: "already", code, by: again?.acknowledgedBy ?? "someone" };
  }
  await client.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
  const event = eventOf(esc, "acknowledged", now, await notifiedIds(client, esc.id));
  ctx.logger.info("escalation_acknowledged", { escalationId: esc.id, by });
  return { kind: "done", code, participantId: esc.participantId, event };
}

/** Resolves the escalation with this code (open or acknowledged). */
export async function resolveEscalation(ctx: EngineContext, code: string, by: string, client: Db | Tx = ctx.db): Promise<AckOutcome> {
  const now = ctx.clock();
  const esc = await client.escalation.findFirst({ where: { code, status: { not: "resolved" } }, orderBy: { createdAt: "desc" } });
  if (!esc) return { kind: "not_found", code };
  await client.escalation.update({
    where: { id: esc.id },
    data: { status: "resolved", resolvedAt: now, resolvedBy: by, acknowledgedAt: esc.acknowledgedAt ?? now, acknowledgedBy: esc.acknowledgedBy ?? by },
  });
  await client.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
  const event = eventOf(esc, "resolved", now, await notifiedIds(client, esc.id));
  ctx.logger.info("escalation_resolved", { escalationId: esc.id, by });
  return { kind: "done", code, participantId: esc.participantId, event };
}

export { eventOf as escalationEvent, notifiedIds };
