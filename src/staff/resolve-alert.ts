import { escalationEvent, notifiedIds } from "../escalation/escalation-event.ts";
import type { AlertActionOptions, AlertOutcome, StaffActor } from "./alert-outcome.ts";
import { authorizeAlert } from "./authorize-alert.ts";
import type { DeskContext } from "./desk-context.ts";
import { cancelAlertRetries } from "../outbox/after-unreachable.ts";
import { queueAlertEdits } from "./queue-alert-edits.ts";
import { recordStaffAction } from "./record-staff-action.ts";
import { recordAudit } from "../records/record-audit.ts";
import { cleanNote, runAlertAction } from "./run-alert-action.ts";

/**
 * Resolves the alert with this code (open or acknowledged), with the counselor's note if they
 * wrote one, if the actor may act on it; stored like an acknowledgement. Resolving an open
 * alert acknowledges it too, so the ladder stops either way.
 */
export async function resolveAlert(desk: DeskContext, code: string, actor: StaffActor, o: AlertActionOptions = {}): Promise<AlertOutcome> {
  return runAlertAction(desk, o.tx, async (tx) => {
    const now = desk.clock();
    const allowed = await authorizeAlert(desk, tx, "resolve", code, actor, now);
    if ("outcome" in allowed) return allowed.outcome;
    const { esc } = allowed;
    const by = actor.counselorId;
    // Conditional, so two counselors resolving at once resolve it once.
    const changed = await tx.escalation.updateMany({
      where: { id: esc.id, status: { not: "resolved" } },
      data: { status: "resolved", resolvedAt: now, resolvedBy: by, acknowledgedAt: esc.acknowledgedAt ?? now, acknowledgedBy: esc.acknowledgedBy ?? by },
    });
    if (changed.count === 0) {
      await recordStaffAction(tx, { action: "resolve", code, actor, escalationId: esc.id, outcome: "not_found", at: now });
      return { kind: "not_found", code };
    }
    await tx.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
    await queueAlertEdits(tx, esc, "resolved", by, now);
    await cancelAlertRetries(tx, esc.id);
    const event = escalationEvent(esc, "resolved", "resolved", now, await notifiedIds(tx, esc.id));
    desk.logger.info("escalation_resolved", { escalationId: esc.id, by, via: actor.via });
    await recordStaffAction(tx, { action: "resolve", code, actor, escalationId: esc.id, outcome: "done", note: cleanNote(o.note), at: now });
    await recordAudit(tx, { at: now, actorKind: "staff", actorId: by, action: "escalation_resolved", participantId: esc.participantId, escalationId: esc.id, via: actor.via, detail: { code, note: cleanNote(o.note) !== null } });
    return { kind: "done", code, participantId: esc.participantId, event };
  });
}
