import { mayAct } from "../escalation/may-act.ts";
import { staff } from "../messages/staff.ts";
import type { Tx } from "../store/create-db.ts";
import type { AlertAction, AlertOutcome, StaffActor } from "./alert-outcome.ts";
import type { DeskContext } from "./desk-context.ts";
import { recordStaffAction } from "./record-staff-action.ts";
import { recordAudit } from "../records/record-audit.ts";

type Escalation = NonNullable<Awaited<ReturnType<Tx["escalation"]["findFirst"]>>>;

/**
 * Finds the alert with this code that is not resolved, and asks the one rule
 * (escalation/may-act.ts) whether the actor may act on it. Refusals and unknown codes are
 * stored and answered here, so the actions only go on with an escalation the actor may act on.
 */
export async function authorizeAlert(desk: DeskContext, tx: Tx, action: AlertAction, code: string, actor: StaffActor, now: Date): Promise<{ esc: Escalation } | { outcome: AlertOutcome }> {
  const esc = await tx.escalation.findFirst({ where: { code, status: { not: "resolved" } }, orderBy: { createdAt: "desc" } });
  if (!esc) {
    await recordStaffAction(tx, { action, code, actor, escalationId: null, outcome: "not_found", at: now });
    return { outcome: { kind: "not_found", code } };
  }
  const participant = esc.participantId ? await tx.participant.findUnique({ where: { id: esc.participantId }, select: { counselorId: true } }) : null;
  const notices = await tx.escalationNotice.findMany({ where: { escalationId: esc.id }, select: { counselorId: true } });
  const counselors = await tx.counselor.findMany({ select: { id: true, active: true, supervisorId: true } });
  const rule = mayAct(actor.counselorId, { assignedCounselorId: participant?.counselorId ?? null, notices, counselors });
  if (rule.allowed) return { esc };
  await recordStaffAction(tx, { action, code, actor, escalationId: esc.id, outcome: "refused", reason: rule.reason, at: now });
  await recordAudit(tx, {
    at: now,
    actorKind: "staff",
    actorId: actor.counselorId,
    action: "escalation_action_refused",
    participantId: esc.participantId,
    escalationId: esc.id,
    via: actor.via,
    detail: { code, tried: action, reason: rule.reason },
  });
  desk.logger.warn("escalation_action_refused", { escalationId: esc.id, action, by: actor.counselorId, via: actor.via, reason: rule.reason });
  const message = staff.notYours({ code, inactive: rule.reason === "inactive" });
  return { outcome: { kind: "refused", code, reason: rule.reason, message } };
}
