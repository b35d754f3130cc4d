import type { DeliveryOutcome, DeliveryStatus, DeliveryUpdate } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { afterDeliveryFailure } from "./after-delivery-failure.ts";

/** How far along a message is; reports can arrive out of order and never move a row back. */
const RANK: Record<string, number> = { pending: 0, sent: 1, delivered: 2, undelivered: 3, failed: 3 };

/**
 * Applies a provider's delivery report to the outbox row it is about, found by the
 * idempotency key the adapter attached (when echoed back) or else by the provider's id.
 * "queued" only records the provider id; "sent" and "delivered" move the row forward;
 * "undelivered" and "failed" are final and set off what a lost message means
 * (carrier opt-out, escalation moving on).
 */
export async function recordDelivery(ctx: EngineContext, u: DeliveryUpdate, retries = 3): Promise<DeliveryOutcome> {
  const row = u.idempotencyKey
    ? await ctx.db.outbox.findUnique({ where: { idempotencyKey: u.idempotencyKey } })
    : await ctx.db.outbox.findFirst({ where: { channel: u.channel, providerId: u.providerId } });
  if (!row || row.channel !== u.channel) return "unknown";
  const now = ctx.clock();
  const target: Exclude<DeliveryStatus, "queued"> | null = u.status === "queued" ? null : u.status;
  if (target === null || RANK[target]! <= (RANK[row.status] ?? 0)) {
    if (row.providerId !== null) return "ignored";
    await ctx.db.outbox.updateMany({ where: { id: row.id, providerId: null }, data: { providerId: u.providerId } });
    return "updated";
  }
  const failed = target === "undelivered" || target === "failed";
  const got = await ctx.db.outbox.updateMany({
    where: { id: row.id, status: row.status },
    data: {
      status: target,
      providerId: u.providerId,
      sentAt: row.sentAt ?? now,
      ...(target === "delivered" ? { deliveredAt: now } : {}),
      ...(failed ? { lastError: u.failure ?? "provider_permanent", claimToken: null } : {}),
    },
  });
  if (got.count === 0) return retries > 0 ? recordDelivery(ctx, u, retries - 1) : "ignored"; // changed under us: read again
  if (failed) {
    ctx.logger.warn("outbox_undelivered", { outboxId: row.id, channel: row.channel, kind: row.kind, errorCode: u.providerCode ?? u.failure ?? "unknown" });
    await afterDeliveryFailure(ctx, { ...row, status: target }, u.failure ?? null);
  }
  return "updated";
}
