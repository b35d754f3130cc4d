import type { EngineContext } from "../engine/engine-context.ts";
import { afterUnreachable, isUnreachableRetry } from "./after-unreachable.ts";
import type { OutboxRow } from "./deliver-outbox.ts";
import { recordAudit } from "../records/record-audit.ts";

/**
 * What a message that will never arrive sets in motion, whether the provider refused it
 * outright or reported it undelivered later: a carrier opt-out (Twilio 21610) opts the
 * participant out of that channel, with a consent record; an undeliverable counselor alert
 * moves its escalation on; a person who cannot be reached at the address is reached another
 * way (after-unreachable.ts).
 */
export async function afterDeliveryFailure(ctx: EngineContext, row: OutboxRow, code: string | null): Promise<void> {
  const now = ctx.clock();
  if (code === "recipient_opted_out" && row.recipientKind === "participant") {
    await ctx.db.$transaction(async (tx) => {
      await tx.address.updateMany({ where: { channel: row.channel, address: row.address }, data: { optedOutAt: now } });
      await tx.consentEvent.create({ data: { participantId: row.recipientId, channel: row.channel, action: "opt_out", source: "provider", at: now } });
      await recordAudit(tx, {
        at: now,
        actorKind: "system",
        actorId: "provider",
        action: "consent_revoked",
        participantId: row.recipientId,
        via: row.channel,
        detail: { source: "provider", reason: code, channels: [row.channel] },
      });
    });
  }
  // A retry of an alert nobody could be reached with has moved the ladder once already.
  if (row.kind === "alert" && row.escalationId && !isUnreachableRetry(row)) await escalateSoonerAfterFailedAlert(ctx, row);
  if (code === "recipient_unreachable") await afterUnreachable(ctx, row);
}

/**
 * Alerts go to every channel a counselor has at once; when none of them can be delivered,
 * the escalation moves to the next person now instead of after the usual wait.
 */
async function escalateSoonerAfterFailedAlert(ctx: EngineContext, row: OutboxRow): Promise<void> {
  const siblings = await ctx.db.outbox.count({
    where: { escalationId: row.escalationId, recipientId: row.recipientId, kind: "alert", status: { in: ["pending", "sent", "delivered"] }, createdAt: { gte: row.createdAt } },
  });
  if (siblings > 0) return;
  await ctx.db.job.updateMany({ where: { refId: row.escalationId!, kind: "reescalate", status: "pending" }, data: { dueAt: ctx.clock() } });
}
