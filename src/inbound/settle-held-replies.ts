import type { InboundMessage, Settlement } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { deliverClaimed, deliverHeld, deliverIds, recordSent, markSentInline, SENT_INLINE } from "../outbox/deliver-outbox.ts";
import type { OutboxRow } from "../outbox/deliver-outbox.ts";

/** Replies written held by this process under `claimToken`, and the staff alerts to send after them. */
export interface HeldReplies {
  msg: InboundMessage;
  replies: OutboxRow[];
  claimToken: string;
  alertIds: string[];
}

/**
 * Settles a turn's held replies: exactly one way, once. "inline" records them as sent in the
 * adapter's response and starts the staff alerts in the background, so the person's answer
 * never waits for them; "send" sends the replies through the channel, then the alerts.
 */
export function settleHeldReplies(ctx: EngineContext, turn: HeldReplies): (how: Settlement) => Promise<boolean> {
  let done = false;
  let triedInline = false;
  let alertsStarted = false;
  return async (how) => {
    if (done) return false;
    if (how === "inline") {
      triedInline = true;
      try {
        done = await markSentInline(ctx, turn.replies, turn.claimToken);
        return done;
      } finally {
        if (!alertsStarted && turn.alertIds.length > 0) {
          alertsStarted = true;
          ctx.background.run("inbound_alerts", () => deliverIds(ctx, turn.alertIds));
        }
      }
    }
    done = true;
    // While this process still holds them, straight from memory; once the hold may have
    // lapsed (or an inline record was refused), only the rows it can claim again.
    const now = ctx.clock();
    const held = !triedInline && turn.replies.every((r) => r.claimedUntil !== null && r.claimedUntil > now);
    if (held) await deliverClaimed(ctx, turn.replies);
    else await deliverHeld(ctx, turn.replies.map((r) => r.id), turn.claimToken);
    if (!alertsStarted) {
      alertsStarted = true;
      await deliverIds(ctx, turn.alertIds);
    }
    return true;
  };
}

/** The settlement of a message with nothing to send (a duplicate, or one kept in the spool). */
export function settleNothing(): (how: Settlement) => Promise<boolean> {
  let done = false;
  return async () => {
    if (done) return false;
    done = true;
    return true;
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
      for (const row of turn.replies) recordSent(ctx, row, at);
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
