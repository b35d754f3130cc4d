import type { OutboundKind } from "../domain/messages.ts";
import { ROUTINE_KINDS } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { OutboxRow } from "./deliver-outbox.ts";

type Row = Pick<OutboxRow, "id" | "channel" | "address" | "createdAt" | "dueAt" | "kind" | "recipientId">;

const keyOf = (r: Pick<Row, "channel" | "address">) => `${r.channel}\u0000${r.address}`;

/**
 * One address's routine messages (welcome, prompt, nudge, reminders) go out in the order they
 * were written. A provider failure sends a row into backoff while a later one to the same
 * person becomes due (the welcome still retrying when the check-in's time comes): the later one
 * waits until the earlier has gone, or has failed for good. What is about someone's safety
 * (crisis replies, screening questions, alerts) and replies to a text never wait.
 */
export class RoutineOrder {
  /** Earlier pending rows outside the batch, by address. */
  private readonly earlier = new Map<string, { createdAt: Date; dueAt: Date }[]>();
  /** Addresses whose row in this pass did not go: later rows wait until then. */
  private readonly held = new Map<string, Date>();

  private constructor() {}

  /** Reads the pending rows written before the batch's routine rows to the same people. */
  static async load(ctx: EngineContext, batch: readonly Row[]): Promise<RoutineOrder> {
    const order = new RoutineOrder();
    const routine = batch.filter((r) => ROUTINE_KINDS.has(r.kind as OutboundKind));
    if (routine.length === 0) return order;
    const inBatch = new Set(batch.map((r) => r.id));
    const pending = await ctx.db.outbox.findMany({
      where: { status: "pending", recipientId: { in: [...new Set(routine.map((r) => r.recipientId))] } },
      select: { id: true, channel: true, address: true, createdAt: true, dueAt: true },
    });
    for (const p of pending) {
      if (inBatch.has(p.id)) continue;
      const k = keyOf(p);
      order.earlier.set(k, [...(order.earlier.get(k) ?? []), { createdAt: p.createdAt, dueAt: p.dueAt }]);
    }
    return order;
  }

  /** When a routine `row` may go, if it must wait for an earlier row to its address; null to go now. */
  waitsUntil(row: Row): Date | null {
    if (!ROUTINE_KINDS.has(row.kind as OutboundKind)) return null;
    const k = keyOf(row);
    let until: Date | null = this.held.get(k) ?? null;
    for (const e of this.earlier.get(k) ?? []) {
      if (e.createdAt < row.createdAt && (until === null || e.dueAt > until)) until = e.dueAt;
    }
    return until;
  }

  /** `row` did not go in this pass and is due again at `until`: the rows after it to its address wait. */
  hold(row: Row, until: Date): void {
    const k = keyOf(row);
    const before = this.held.get(k);
    if (!before || until > before) this.held.set(k, until);
  }
}
