import type { InboundMessage, Settlement } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { deliverHeld, deliverIds, emitSent, markSentInline, SENT_INLINE } from "../outbox/deliver-outbox.ts";
import type { OutboxRow } from "../outbox/deliver-outbox.ts";

/** Replies written held by this process under `claimToken`, and the staff alerts to send after them. */
export interface HeldReplies {
  msg: InboundMessage;
  replies: OutboxRow[];
  claimToken: string;
  alertIds: string[];
}

/**
 * Settles replies held for an adapter that answers inline: exactly one way, once. Staff
 * alerts go out in the background either way, so the person's answer never waits for them.
 */
export function settleHeldReplies(ctx: EngineContext, turn: HeldReplies): (how: Settlement) => Promise<boolean> {
  let done = false;
  let alertsStarted = false;
  return async (how) => {
    if (done) return false;
    const ids = turn.replies.map((r) => r.id);
    try {
      if (how === "inline") {
        done = await markSentInline(ctx, turn.replies, turn.claimToken);
        return done;
      }
      done = true;
      await deliverHeld(ctx, ids, turn.claimToken);
      return true;
    } finally {
      if (!alertsStarted && turn.alertIds.length > 0) {
        alertsStarted = true;
        ctx.background.run("inbound_alerts", () => deliverIds(ctx, turn.alertIds));
      }
    }
  };
}

/**
 * Settles replies the fast path already recorded as sent inline (providerId SENT_INLINE): "inline"
 * only reports them; "send" (the adapter could not answer in time) puts them back as held
 * replies, pending under this process's claim, and sends them through the channel. Once.
 */
export function settleMarkedInline(ctx: EngineContext, turn: HeldReplies): (how: Settlement) => Promise<boolean> {
  let done = false;
  return async (how) => {
    if (done) return false;
    done = true;
    const ids = turn.replies.map((r) => r.id);
    if (how === "inline") {
      const at = ctx.clock();
      for (const row of turn.replies) emitSent(ctx, row, at);
      return true;
    }
    await ctx.db.outbox.updateMany({
      where: { id: { in: ids }, status: "sent", providerId: SENT_INLINE },
      data: { status: "pending", sentAt: null, providerId: null, attempts: { decrement: 1 }, claimToken: turn.claimToken, claimedUntil: new Date(ctx.clock().getTime() + ctx.claimMs) },
    });
    await deliverHeld(ctx, ids, turn.claimToken);
    return true;
  };
}
