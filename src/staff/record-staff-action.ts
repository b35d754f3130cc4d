import type { Db, Tx } from "../store/create-db.ts";
import type { AlertAction, AlertOutcome, StaffActor } from "./alert-outcome.ts";

/** One StaffAction row: what was tried on an alert, by whom, through what, and how it went. */
export interface StaffActionRecord {
  action: AlertAction;
  code: string;
  actor: StaffActor;
  escalationId: string | null;
  outcome: AlertOutcome["kind"];
  reason?: string | null;
  note?: string | null;
  at: Date;
}

/** Stores one attempt, refusals and unknown codes included, in the caller's client (its transaction). */
export async function recordStaffAction(client: Db | Tx, r: StaffActionRecord): Promise<void> {
  await client.staffAction.create({
    data: {
      escalationId: r.escalationId,
      code: r.code,
      counselorId: r.actor.counselorId,
      action: r.action,
      outcome: r.outcome,
      reason: r.reason ?? null,
      note: r.note ?? null,
      via: r.actor.via,
      at: r.at,
    },
  });
}
