import { randomUUID } from "node:crypto";
import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Tx } from "../store/create-db.ts";
import { firstAlertAt, nextReescalationAt } from "./alert-timing.ts";
import { notifyStep } from "./notify-step.ts";

/** What raised an escalation. */
export interface EscalationInput {
  participantId: string | null;
  level: "crisis" | "urgent";
  reasons: string[];
  source: "text" | "threshold" | "missed" | "screen";
  /** The participant's words, kept for staff tools only (never put in an alert). */
  excerpt?: string | null;
  /** An urgent alert that must not wait for office hours (the first alert goes out at once). */
  atAnyHour?: boolean;
}

/** A 4-digit code not used by any escalation that is still open or acknowledged. */
async function freshCode(ctx: EngineContext, tx: Tx): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const code = String(1000 + Math.floor(ctx.random() * 9000));
    const taken = await tx.escalation.count({ where: { code, status: { not: "resolved" } } });
    if (taken === 0) return code;
  }
  return String(Date.now() % 100000).padStart(5, "0");
}

/**
 * Stores an escalation before anything is sent: the row, the first alerts in the outbox and
 * the re-escalation job, all in the caller's transaction. The caller delivers the returned
 * outbox ids after commit and emits the event. An urgent escalation raised out of office
 * hours is stored all the same, with its first alert as a job due at the next opening
 * (see firstAlertAt); then nobody is notified yet and no outbox ids are returned. With a
 * `claim`, the first alerts are written held by it (see notifyStep) and returned as rows.
 */
export async function openEscalation(ctx: EngineContext, tx: Tx, input: EscalationInput, now: Date, claim?: { token: string; until: Date }) {
  const id = randomUUID();
  const code = await freshCode(ctx, tx);
  const reasonsJson = JSON.stringify([...new Set(input.reasons)].sort());
  await tx.escalation.create({
    data: {
      id,
      code,
      participantId: input.participantId,
      level: input.level,
      reasonsJson,
      source: input.source,
      excerpt: input.excerpt ? input.excerpt.slice(0, 2000) : null,
      status: "open",
      step: 0,
      createdAt: now,
    },
  });
  const settings = ctx.program.program;
  const firstAt = firstAlertAt(settings, input.level, now, input.atAnyHour);
  let sent: Awaited<ReturnType<typeof notifyStep>> = { outboxIds: [], rows: [], notified: [], paged: [] };
  if (firstAt.getTime() <= now.getTime()) {
    sent = await notifyStep(ctx, tx, { id, code, participantId: input.participantId, level: input.level, reasonsJson }, 0, now, claim);
    await tx.job.create({ data: { id: `reescalate:${id}:1`, kind: "reescalate", refId: id, dueAt: nextReescalationAt(settings, input.level, now) } });
  } else {
    // A "reescalate" job at step 0, so ACK or RESOLVE before the opening cancels it like any other.
    await tx.job.create({ data: { id: `reescalate:${id}:0`, kind: "reescalate", refId: id, dueAt: firstAt, payloadJson: JSON.stringify({ step: 0 }) } });
    ctx.logger.info("escalation_held_for_office_hours", { escalationId: id, until: firstAt.toISOString() });
  }
  const event: EngineEvent = {
    type: "escalation",
    at: now,
    id,
    participant: input.participantId,
    code,
    level: input.level,
    reasons: JSON.parse(reasonsJson) as string[],
    notified: sent.notified,
    paged: sent.paged,
    step: 0,
    change: "opened",
    status: "open",
  };
  return { id, code, outboxIds: sent.outboxIds, alerts: sent.rows, event };
}
