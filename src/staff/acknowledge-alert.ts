import { escalationEvent, notifiedIds } from "../escalation/escalation-event.ts";
import type { AlertActionOptions, AlertOutcome, StaffActor } from "./alert-outcome.ts";
import { authorizeAlert } from "./authorize-alert.ts";
import type { DeskContext } from "./desk-context.ts";
import { cancelAlertRetries } from "../outbox/after-unreachable.ts";
import { queueAlertEdits } from "./queue-alert-edits.ts";
import { recordStaffAction } from "./record-staff-action.ts";
import { recordAudit } from "../records/record-audit.ts";
import { cleanNote, runAlertAction } from "./run-alert-action.ts";
import { isEscalationLevel } from "../metrics/metrics.ts";

/**
 * Acknowledges the open alert with this code and stops its re-escalation, if the actor may act
 * on it (escalation/may-act.ts). The update is conditional on the row still being open, so two
 * counselors acknowledging at once get one "done" and one "already". Every attempt is stored
 * as a StaffAction row, a note only with a done one. SMS ACK, the console, the CLI and later
 * Slack and Discord all come here.
 */
export async function acknowledgeAlert(desk: DeskContext, code: string, actor: StaffActor, o: AlertActionOptions = {}): Promise<AlertOutcome> {
  const done: { level?: string; seconds?: number } = {};
  const outcome = await runAlertAction(desk, o.tx, async (tx) => {
    const now = desk.clock();
    const allowed = await authorizeAlert(desk, tx, "acknowledge", code, actor, now);
    if ("outcome" in allowed) return allowed.outcome;
    const { esc } = allowed;
    const by = actor.counselorId;
    const record = (outcome: AlertOutcome["kind"], note: string | null = null) =>
      recordStaffAction(tx, { action: "acknowledge", code, actor, escalationId: esc.id, outcome, note, at: now });
    if (esc.status !== "open") {
      await record("already");
      return { kind: "already", code, by: esc.acknowledgedBy ?? "someone" };
    }
    const changed = await tx.escalation.updateMany({ where: { id: esc.id, status: "open" }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: by } });
    if (changed.count === 0) {
      const again = await tx.escalation.findUnique({ where: { id: esc.id } });
      await record("already");
      return { kind: "already", code, by: again?.acknowledgedBy ?? "someone" };
    }
    await tx.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
    await queueAlertEdits(tx, esc, "acknowledged", by, now);
    await cancelAlertRetries(tx, esc.id);
    desk.logger.info("escalation_acknowledged", { escalationId: esc.id, by, via: actor.via });
    await record("done", cleanNote(o.note));
    done.level = esc.level;
    done.seconds = (now.getTime() - esc.createdAt.getTime()) / 1000;
    await recordAudit(tx, { at: now, actorKind: "staff", actorId: by, action: "escalation_acknowledged", participantId: esc.participantId, escalationId: esc.id, via: actor.via, detail: { code, note: cleanNote(o.note) !== null } });
    return { kind: "done", code, participantId: esc.participantId, event: escalationEvent(esc, "acknowledged", "acknowledged", now, await notifiedIds(tx, esc.id)) };
  });
  if (outcome.kind === "done" && done.level && isEscalationLevel(done.level)) {
    const level = done.level;
    const observe = () => desk.metrics?.acknowledged(level, done.seconds ?? 0);
    // Committed here; or written in the caller's transaction (an inbound ACK), counted once that commits.
    if (o.tx && o.afterCommit) o.afterCommit.push(observe);
    else observe();
  }
  return outcome;
}
