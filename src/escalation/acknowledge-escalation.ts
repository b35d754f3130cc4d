import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Db, Tx } from "../store/create-db.ts";
import { mayAct, type RefusalReason } from "./may-act.ts";

/** Outcome of ACK or RESOLVE. */
export type AckOutcome =
  | { kind: "done"; code: string; participantId: string | null; event: EngineEvent }
  | { kind: "already"; code: string; by: string }
  | { kind: "not_found"; code: string }
  /** The counselor may not act on this alert (see may-act.ts); nothing changed. */
  | { kind: "refused"; code: string; reason: RefusalReason };

/** Who is acting and through which surface: a channel name ("sms", "local"), "console", "cli" or "api". */
export interface StaffActor {
  counselorId: string;
  via: string;
}

type Action = "acknowledge" | "resolve";
type Escalation = NonNullable<Awaited<ReturnType<Db["escalation"]["findFirst"]>>>;

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
 * Finds the alert with this code that is not resolved, and says whether the actor may act on
 * it. Refusals and unknown codes are stored and returned here, so the callers below only go
 * on with an escalation the actor may act on.
 */
async function authorize(ctx: EngineContext, client: Db | Tx, action: Action, code: string, actor: StaffActor): Promise<{ esc: Escalation } | { outcome: AckOutcome }> {
  const esc = await client.escalation.findFirst({ where: { code, status: { not: "resolved" } }, orderBy: { createdAt: "desc" } });
  if (!esc) {
    await record(ctx, client, action, code, actor, null, "not_found");
    return { outcome: { kind: "not_found", code } };
  }
  const participant = esc.participantId ? await client.participant.findUnique({ where: { id: esc.participantId }, select: { counselorId: true } }) : null;
  const notices = await client.escalationNotice.findMany({ where: { escalationId: esc.id }, select: { counselorId: true } });
  const counselors = await client.counselor.findMany({ select: { id: true, active: true, supervisorId: true } });
  const rule = mayAct(actor.counselorId, { assignedCounselorId: participant?.counselorId ?? null, notices, counselors });
  if (rule.allowed) return { esc };
  await record(ctx, client, action, code, actor, esc.id, "refused", rule.reason);
  ctx.logger.warn("escalation_action_refused", { escalationId: esc.id, action, by: actor.counselorId, via: actor.via, reason: rule.reason });
  return { outcome: { kind: "refused", code, reason: rule.reason } };
}

async function record(ctx: EngineContext, client: Db | Tx, action: Action, code: string, actor: StaffActor, escalationId: string | null, outcome: AckOutcome["kind"], reason: string | null = null): Promise<void> {
  await client.staffAction.create({
    data: { escalationId, code, counselorId: actor.counselorId, action, outcome, reason, via: actor.via, at: ctx.clock() },
  });
}

async function acknowledgeOpen(client: Db | Tx, esc: Escalation, by: string, now: Date): Promise<AckOutcome> {
  const code = esc.code;
  if (esc.status !== "open") return { kind: "already", code, by: esc.acknowledgedBy ?? "someone" };
  const changed = await client.escalation.updateMany({ where: { id: esc.id, status: "open" }, data: { status: "acknowledged", acknowledgedAt: now, acknowledgedBy: by } });
  if (changed.count === 0) {
    const again = await client.escalation.findUnique({ where: { id: esc.id } });
    return { kind: "already", code, by: again?.acknowledgedBy ?? "someone" };
  }
  await client.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
  return { kind: "done", code, participantId: esc.participantId, event: eventOf(esc, "acknowledged", now, await notifiedIds(client, esc.id)) };
}

/**
 * Acknowledges the open escalation with this code and stops its re-escalation, if the actor
 * may act on it. The update is conditional on the row still being open, so two counselors
 * acknowledging at once get one "done" and one "already". Every attempt is stored as a
 * StaffAction row in the same client (the caller's transaction). The caller emits the returned
 * event once its transaction commits.
 */
export async function acknowledgeEscalation(ctx: EngineContext, code: string, actor: StaffActor, client: Db | Tx = ctx.db): Promise<AckOutcome> {
  const now = ctx.clock();
  const allowed = await authorize(ctx, client, "acknowledge", code, actor);
  if ("outcome" in allowed) return allowed.outcome;
  const { esc } = allowed;
  const by = actor.counselorId;
  const outcome = await acknowledgeOpen(client, esc, by, now);
  if (outcome.kind === "done") ctx.logger.info("escalation_acknowledged", { escalationId: esc.id, by, via: actor.via });
  await record(ctx, client, "acknowledge", code, actor, esc.id, outcome.kind);
  return outcome;
}

/** Resolves the escalation with this code (open or acknowledged), if the actor may act on it; stored like an acknowledgement. */
export async function resolveEscalation(ctx: EngineContext, code: string, actor: StaffActor, client: Db | Tx = ctx.db): Promise<AckOutcome> {
  const now = ctx.clock();
  const allowed = await authorize(ctx, client, "resolve", code, actor);
  if ("outcome" in allowed) return allowed.outcome;
  const { esc } = allowed;
  const by = actor.counselorId;
  // Conditional, so two counselors resolving at once resolve it once.
  const changed = await client.escalation.updateMany({
    where: { id: esc.id, status: { not: "resolved" } },
    data: { status: "resolved", resolvedAt: now, resolvedBy: by, acknowledgedAt: esc.acknowledgedAt ?? now, acknowledgedBy: esc.acknowledgedBy ?? by },
  });
  if (changed.count === 0) {
    await record(ctx, client, "resolve", code, actor, esc.id, "not_found");
    return { kind: "not_found", code };
  }
  await client.job.updateMany({ where: { refId: esc.id, kind: "reescalate", status: "pending" }, data: { status: "cancelled", doneAt: now } });
  const event = eventOf(esc, "resolved", now, await notifiedIds(client, esc.id));
  ctx.logger.info("escalation_resolved", { escalationId: esc.id, by, via: actor.via });
  await record(ctx, client, "resolve", code, actor, esc.id, "done");
  return { kind: "done", code, participantId: esc.participantId, event };
}

export { eventOf as escalationEvent, notifiedIds };
