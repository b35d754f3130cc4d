import type { EngineContext } from "../engine/engine-context.ts";
import { nextOfficeOpening } from "../time/office-hours.ts";
import { escalationEvent, notifiedIds } from "./escalation-event.ts";
import { mayReescalateAt, nextReescalationAt } from "./alert-timing.ts";
import { notifyStep } from "./notify-step.ts";
import { recordAudit } from "../records/record-audit.ts";

/** What a due re-escalation did: alerts to deliver, or the opening it waits for instead. */
export interface ReescalateResult {
  outboxIds: string[];
  /** Set when an urgent alert fell due out of office hours: the job runs again at this instant. */
  heldUntil: Date | null;
}

/**
 * Runs a due re-escalation: if nobody has acknowledged, page the next person on the ladder
 * and schedule the next re-escalation. `first` sends step 0 instead: the first alert of an
 * urgent escalation that was held for office hours. An urgent alert never pages out of
 * office hours (a job pulled forward after a failed alert, or run late, waits for the
 * opening); a crisis pages at any hour.
 */
export async function reescalate(ctx: EngineContext, escalationId: string, now: Date, first = false): Promise<ReescalateResult> {
  const s = ctx.program.program;
  const result = await ctx.db.$transaction(async (tx) => {
    const esc = await tx.escalation.findUnique({ where: { id: escalationId } });
    if (!esc || esc.status !== "open") return null;
    const pageNow = mayReescalateAt(s, esc.level, now) || (first && s.escalation.urgentAfterHours === "page");
    if (!pageNow) return { esc, outboxIds: [], paged: [], heldUntil: nextOfficeOpening(now, s.timeZone, s.officeHours) };
    const step = first ? 0 : esc.step + 1;
    const sent = await notifyStep(ctx, tx, esc, step, now);
    if (step !== esc.step) await tx.escalation.update({ where: { id: esc.id }, data: { step } });
    await tx.job.create({
      data: { id: `reescalate:${esc.id}:${step + 1}`, kind: "reescalate", refId: esc.id, dueAt: nextReescalationAt(s, esc.level, now) },
    });
    if (!first) {
      await recordAudit(tx, { at: now, actorKind: "system", actorId: "escalation", action: "escalation_reescalated", participantId: esc.participantId, escalationId: esc.id, via: "job", detail: { step, level: esc.level, paged: sent.outboxIds.length } });
    }
    return { esc: { ...esc, step }, outboxIds: sent.outboxIds, paged: sent.paged, heldUntil: null };
  });
  if (!result) return { outboxIds: [], heldUntil: null };
  if (result.heldUntil) {
    ctx.logger.info("escalation_held_for_office_hours", { escalationId, until: result.heldUntil.toISOString() });
    return { outboxIds: [], heldUntil: result.heldUntil };
  }
  ctx.emit(escalationEvent(result.esc, first ? "paged" : "reescalated", "open", now, await notifiedIds(ctx.db, escalationId), result.paged));
  if (first) ctx.logger.info("escalation_alert_sent", { escalationId, step: 0 });
  // Nobody has acknowledged: for a crisis that is an error a monitor must page on.
  else ctx.logger[result.esc.level === "crisis" ? "error" : "warn"]("escalation_reescalated", { escalationId, level: result.esc.level });
  return { outboxIds: result.outboxIds, heldUntil: null };
}
