import type { EngineEvent, EscalationChange } from "../engine/engine-event.ts";
import type { Db, Tx } from "../store/create-db.ts";

/** Everyone an escalation was sent to so far, in the order they were paged, once each. */
export async function notifiedIds(client: Db | Tx, escalationId: string): Promise<string[]> {
  const rows = await client.escalationNotice.findMany({ where: { escalationId }, select: { counselorId: true }, orderBy: { id: "asc" } });
  return [...new Set(rows.map((r) => r.counselorId))];
}

/**
 * The engine event of an escalation that was opened, paged, re-escalated, acknowledged or
 * resolved: `notified` is everyone paged so far, `paged` who was paged by this change.
 */
export function escalationEvent(
  e: { id: string; participantId: string | null; code: string; level: string; reasonsJson: string; step: number },
  change: EscalationChange,
  status: string,
  at: Date,
  notified: string[],
  paged: string[] = [],
): EngineEvent {
  return {
    type: "escalation",
    at,
    id: e.id,
    participant: e.participantId,
    code: e.code,
    level: e.level === "crisis" ? "crisis" : "urgent",
    reasons: JSON.parse(e.reasonsJson) as string[],
    notified,
    paged,
    step: e.step,
    change,
    status,
  };
}
