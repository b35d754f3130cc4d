import type { EngineContext } from "../engine/engine-context.ts";
import { escalationEvent, notifiedIds } from "./acknowledge-escalation.ts";
import { notifyStep, reescalateAfterMs } from "./notify-step.ts";

/**
 * Runs a due re-escalation: if nobody has acknowledged, page the next person on the ladder
 * and schedule the next re-escalation. Returns outbox ids to deliver.
 */
export async function reescalate(ctx: EngineContext, escalationId: string, now: Date): Promise<string[]> {
  const result = await ctx.db.$transaction(async (tx) => {
    const esc = await tx.escalation.findUnique({ where: { id: escalationId } });
    if (!esc || esc.status !== "open") return null;
    const step = esc.step + 1;
    const sent = await notifyStep(ctx, tx, esc, step, now);
    await tx.escalation.update({ where: { id: esc.id }, data: { step } });
    await tx.job.create({
      data: { id: `reescalate:${esc.id}:${step + 1}`, kind: "reescalate", refId: esc.id, dueAt: new Date(now.getTime() + reescalateAfterMs(ctx, esc.level)) },
    });
    return { esc, outboxIds: sent.outboxIds };
  });
  if (!result) return [];
  ctx.emit(escalationEvent(result.esc, "open", now, await notifiedIds(ctx.db, escalationId)));
  // Nobody has acknowledged: for a crisis that is an error a monitor must page on.
  ctx.logger[result.esc.level === "crisis" ? "error" : "warn"]("escalation_reescalated", { escalationId, level: result.esc.level });
  return result.outboxIds;
}
