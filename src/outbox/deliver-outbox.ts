import { randomUUID } from "node:crypto";
import type { MessagePurpose, OutboundMessage, OutboundKind, RecipientKind } from "../domain/messages.ts";
import { ROUTINE_KINDS } from "../domain/messages.ts";
import { SteadyError } from "../domain/steady-error.ts";
import type { ChannelName } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";
import { isQuiet, quietEndsAt } from "../time/quiet-hours.ts";
import { afterDeliveryFailure } from "./after-delivery-failure.ts";
import { ClaimFence } from "./claim-fence.ts";
import { storedChoices } from "./outbox-draft.ts";
import { sendEdit } from "./send-edit.ts";
import { markDeliveredSqlite, markSentInlineSqlite } from "./mark-sent-sqlite.ts";
import { RoutineOrder } from "./routine-order.ts";

export type OutboxRow = Awaited<ReturnType<EngineContext["db"]["outbox"]["findMany"]>>[number];

/** How long a claim protects a row from other dispatchers, by default (see EngineContext.claimMs). */
export const CLAIM_MS = 60_000;
/** Routine and staff messages give up after this many transient failures; crisis replies never do. */
const MAX_ATTEMPTS = 10;

/** Delay before the next try after `attempts` failures: 30 s doubling, at most 30 min (5 min for urgent kinds). */
export function backoffMs(attempts: number, kind: string): number {
  const cap = kind === "crisis" || kind === "alert" ? 5 * 60_000 : 30 * 60_000;
  return Math.min(cap, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** The adapter-facing view of an outbox row. */
export function toMessage(r: OutboxRow): OutboundMessage {
  return {
    id: r.id,
    channel: r.channel as ChannelName,
    to: r.address,
    text: r.text,
    kind: r.kind as OutboundKind,
    recipientKind: r.recipientKind as RecipientKind,
    recipientId: r.recipientId,
    idempotencyKey: r.idempotencyKey,
    ...storedChoices(r),
  };
}

/**
 * Claims rows atomically: a conditional update that only takes rows nobody holds, then a
 * read of what this claim token got. Two dispatchers never both hold a row, on SQLite or
 * PostgreSQL, and a crashed dispatcher's claim lapses after ctx.claimMs.
 */
async function claim(ctx: EngineContext, ids: string[] | null, limit: number, heldBy?: string, kinds?: readonly OutboundKind[]): Promise<OutboxRow[]> {
  const now = ctx.clock();
  const takeable = [{ claimedUntil: null }, { claimedUntil: { lt: now } }, ...(heldBy ? [{ claimToken: heldBy }] : [])];
  const free = { status: "pending", OR: takeable };
  // Only rows this process can send: another process (an instance with other channels, a
  // one-shot command with only the local one) leaves the rest alone instead of failing them.
  const due = { ...free, dueAt: { lte: now }, channel: { in: [...ctx.channels.keys()] }, ...(kinds ? { kind: { in: [...kinds] } } : {}) };
  const candidates = ids ?? (await ctx.db.outbox.findMany({ where: due, select: { id: true }, orderBy: { dueAt: "asc" }, take: limit })).map((r) => r.id);
  if (candidates.length === 0) return [];
  const token = `${ctx.instanceId}:${randomUUID()}`;
  const got = await ctx.db.outbox.updateMany({
    where: { ...free, id: { in: candidates } },
    data: { claimToken: token, claimedUntil: new Date(now.getTime() + ctx.claimMs) },
  });
  if (got.count === 0) return [];
  return ctx.db.outbox.findMany({ where: { claimToken: token }, orderBy: { createdAt: "asc" } });
}

/** Sends what is due now (of the given kinds, or any); returns how many rows it handled. */
export async function deliverDue(ctx: EngineContext, limit = 500, kinds?: readonly OutboundKind[]): Promise<number> {
  const rows = await claim(ctx, null, limit, undefined, kinds);
  if (rows.length > 0) await deliverRows(ctx, rows, await RoutineOrder.load(ctx, rows));
  return rows.length;
}

/** Sends the given rows right away (replies to an inbound message, new alerts). */
export async function deliverIds(ctx: EngineContext, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await deliverRows(ctx, await claim(ctx, ids, ids.length));
}

/**
 * Sends rows this process created already claimed (replies written in the same transaction
 * as the inbound message), which saves the claim round trip on the hot path.
 */
export async function deliverClaimed(ctx: EngineContext, rows: OutboxRow[]): Promise<void> {
  await deliverRows(ctx, rows);
}

/**
 * Sends replies this process held for an inline answer that did not happen (the adapter ran
 * out of time, or could not record it). Only rows still pending and still held by `token`
 * (or whose hold lapsed) are taken, so a row never goes out both ways.
 */
export async function deliverHeld(ctx: EngineContext, ids: string[], token: string): Promise<void> {
  if (ids.length === 0) return;
  await deliverRows(ctx, await claim(ctx, ids, ids.length, token));
}

/**
 * The providerId of a reply that went in the adapter's response to the webhook: the provider
 * gives it no id of its own, and its idempotencyKey names the message it answered. One value
 * for all such replies, so that each new row goes at the end of the providerId index, not on
 * a page of its own.
 */
export const SENT_INLINE = "inline";

/**
 * Records held replies as sent in the adapter's own response (TwiML). Returns false, and
 * changes nothing, unless every row was still pending and held by `token`: then the adapter
 * must not answer inline, and the rows go out through the channel instead.
 */
export async function markSentInline(ctx: EngineContext, rows: OutboxRow[], token: string): Promise<boolean> {
  if (rows.length === 0) return true;
  const at = ctx.clock();
  try {
    const fast = markSentInlineSqlite(ctx, rows.map((r) => r.id), token, SENT_INLINE, at);
    if (fast !== null) {
      if (fast) for (const row of rows) recordSent(ctx, row, at);
      return fast;
    }
    const got = await ctx.db.outbox.updateMany({
      where: { id: { in: rows.map((r) => r.id) }, status: "pending", claimToken: token },
      data: { status: "sent", sentAt: at, providerId: SENT_INLINE, attempts: { increment: 1 }, claimToken: null },
    });
    if (got.count === rows.length) {
      for (const row of rows) recordSent(ctx, row, at);
      return true;
    }
    // Another process took some of them after the hold lapsed: put back what this update
    // took, so the adapter sends them the other way and nothing is both inline and sent.
    if (got.count > 0) {
      await ctx.db.outbox.updateMany({
        where: { id: { in: rows.map((r) => r.id) }, status: "sent", providerId: SENT_INLINE },
        data: { status: "pending", sentAt: null, providerId: null, attempts: { decrement: 1 }, claimToken: token },
      });
    }
    return false;
  } catch (e) {
    ctx.logger.error("inline_reply_unrecorded", { count: rows.length, errorCode: errorLabel(e) });
    return false;
  }
}

/** A row went out (through the channel, or in the adapter's own response): counted, then announced. */
export function recordSent(ctx: EngineContext, row: OutboxRow, at: Date): void {
  countSent(ctx, row, at);
  emitSent(ctx, row, at);
}

/** Counts a row that went out, and how long after it was due. */
function countSent(ctx: EngineContext, row: OutboxRow, at: Date): void {
  const channel = row.channel as ChannelName;
  ctx.metrics.outbound(channel, "sent");
  ctx.metrics.dispatchLag(channel, (at.getTime() - row.dueAt.getTime()) / 1000);
}

/** The "message" event of a row that went out. */
export function emitSent(ctx: EngineContext, row: OutboxRow, at: Date): void {
  ctx.emit({
    type: "message",
    at,
    id: row.id,
    channel: row.channel as ChannelName,
    to: row.recipientKind === "group" ? `group:${row.recipientId}` : row.recipientId,
    text: row.text,
    kind: row.kind,
    purpose: row.purpose as MessagePurpose | null,
    escalationId: row.escalationId,
  });
}

/**
 * Routine rows whose recipient has opted out since they were written: everywhere, or on the
 * row's address (a STOP there, or the carrier's opt-out). Their ids.
 */
async function optedOutRows(ctx: EngineContext, rows: OutboxRow[]): Promise<Set<string>> {
  const routine = rows.filter((r) => r.recipientKind === "participant" && ROUTINE_KINDS.has(r.kind as OutboundKind));
  const ids = [...new Set(routine.map((r) => r.recipientId))];
  if (ids.length === 0) return new Set();
  const people = await ctx.db.participant.findMany({ where: { id: { in: ids }, optedOutAt: { not: null } }, select: { id: true } });
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "participant", ownerId: { in: ids }, optedOutAt: { not: null } }, select: { channel: true, address: true } });
  const everywhere = new Set(people.map((p) => p.id));
  const here = new Set(addresses.map((a) => `${a.channel}\u0000${a.address}`));
  return new Set(routine.filter((r) => everywhere.has(r.recipientId) || here.has(`${r.channel}\u0000${r.address}`)).map((r) => r.id));
}

/**
 * Sends claimed rows, oldest first. With `order` (the tick's pass over due rows), a routine row
 * whose address has an earlier message still waiting goes back until after it.
 */
async function deliverRows(ctx: EngineContext, rows: OutboxRow[], order: RoutineOrder | null = null): Promise<void> {
  if (rows.length === 0) return;
  const db = ctx.db;
  const quiet = ctx.program.program.quietHours;
  const optedOut = await optedOutRows(ctx, rows);
  const sentPlain: OutboxRow[] = [];
  const claims = new ClaimFence(ctx);
  for (const [i, row] of rows.entries()) {
    if (ctx.stopping?.requested) {
      // Shutting down: what this pass has not sent yet goes back for another instance (or
      // this one after a restart) to send, at once rather than when the claim would lapse.
      await releaseRows(ctx, rows.slice(i));
      break;
    }
    const now = ctx.clock();
    if (!(await claims.held(row, now))) continue;
    const routine = ROUTINE_KINDS.has(row.kind as OutboundKind);
    if (routine && row.expiresAt && now >= row.expiresAt) {
      await db.outbox.update({ where: { id: row.id }, data: { status: "dropped", lastError: "stale", claimToken: null } });
      ctx.metrics.outbound(row.channel as ChannelName, "dropped");
      continue;
    }
    if (optedOut.has(row.id)) {
      await db.outbox.update({ where: { id: row.id }, data: { status: "cancelled", lastError: "opted_out", claimToken: null } });
      ctx.metrics.outbound(row.channel as ChannelName, "cancelled");
      continue;
    }
    if (routine && row.quietTz && isQuiet(now, row.quietTz, quiet)) {
      const dueAt = quietEndsAt(now, row.quietTz, quiet);
      await db.outbox.update({ where: { id: row.id }, data: { dueAt, claimToken: null, claimedUntil: null } });
      order?.hold(row, dueAt);
      continue;
    }
    const waitsUntil = order?.waitsUntil(row) ?? null;
    if (waitsUntil) {
      const dueAt = waitsUntil > row.dueAt ? waitsUntil : row.dueAt;
      await db.outbox.update({ where: { id: row.id }, data: { dueAt, claimToken: null, claimedUntil: null } });
      order!.hold(row, dueAt);
      continue;
    }
    const channel = ctx.channels.get(row.channel);
    try {
      if (!channel) throw new SteadyError("channel_unavailable", `channel ${row.channel} is not running`);
      if (row.kind === "edit") {
        // Recorded without a provider id: the one it used is the original message's.
        await sendEdit(ctx, channel, row, toMessage(row));
        sentPlain.push(row);
        recordSent(ctx, row, ctx.clock());
        continue;
      }
      // Fenced again right before the provider call: this process may stall on the way there.
      const result = await channel.send(toMessage(row), claims.fenceFor(row));
      const at = ctx.clock();
      if (result.providerId === null) sentPlain.push(row);
      else await markSent(ctx, row, result.providerId, at);
      recordSent(ctx, row, at);
    } catch (e) {
      if (e instanceof SteadyError && e.code === "claim_lost") {
        // Another dispatcher holds the row now and sends it (or has): leave it to that one.
        ctx.logger.warn("outbox_claim_lost", { outboxId: row.id, kind: row.kind });
        order?.hold(row, ctx.clock());
        continue;
      }
      const retryAt = await recordFailure(ctx, row, e);
      if (retryAt) order?.hold(row, retryAt);
    }
  }
  // Rows without a provider id (the local channel) are marked sent together at the end;
  // rows with one are marked one by one above, right after the provider accepted them, so a
  // crash mid-batch can resend at most the provider-less ones.
  if (sentPlain.length > 0) {
    const at = ctx.clock();
    const ids = sentPlain.map((r) => r.id);
    if (!markDeliveredSqlite(ctx, ids, at)) {
      await db.outbox.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { status: "sent", sentAt: at, attempts: { increment: 1 }, claimToken: null } });
    }
  }
}

/** Gives claimed rows back: pending, held by nobody. Rows another process took meanwhile are left alone. */
async function releaseRows(ctx: EngineContext, rows: OutboxRow[]): Promise<void> {
  const held = rows.filter((r) => r.claimToken !== null);
  for (const token of new Set(held.map((r) => r.claimToken!))) {
    const ids = held.filter((r) => r.claimToken === token).map((r) => r.id);
    await ctx.db.outbox.updateMany({ where: { id: { in: ids }, status: "pending", claimToken: token }, data: { claimToken: null, claimedUntil: null } });
  }
}

/**
 * Records the provider's id of a sent row. A delivery report can overtake this write (the
 * provider calls back before its API answer reaches us); the report's state then stands and
 * only the id and the attempt are filled in.
 */
async function markSent(ctx: EngineContext, row: OutboxRow, providerId: string, at: Date): Promise<void> {
  const got = await ctx.db.outbox.updateMany({
    where: { id: row.id, status: "pending" },
    data: { status: "sent", sentAt: at, providerId, attempts: { increment: 1 }, claimToken: null },
  });
  if (got.count === 0) await ctx.db.outbox.update({ where: { id: row.id }, data: { providerId, attempts: { increment: 1 }, claimToken: null } });
}

/** Records a failed send; returns when it is tried again, or null when it is not. */
async function recordFailure(ctx: EngineContext, row: OutboxRow, e: unknown): Promise<Date | null> {
  const now = ctx.clock();
  const code = e instanceof SteadyError ? e.code : "provider_transient";
  const attempts = row.attempts + 1;
  const urgent = row.kind === "crisis";
  // Unreachable is final for this row; afterDeliveryFailure moves or retries the message.
  const permanent =
    code === "provider_permanent" || code === "recipient_opted_out" || code === "recipient_unreachable" || code === "channel_unavailable" || (!urgent && attempts >= MAX_ATTEMPTS);
  ctx.logger.warn("outbox_send_failed", { outboxId: row.id, channel: row.channel, kind: row.kind, attempts, errorCode: errorLabel(e), permanent });
  ctx.metrics.outbound(row.channel as ChannelName, !permanent ? "retried" : code === "recipient_unreachable" ? "unreachable" : "failed");
  if (!permanent) {
    const dueAt = new Date(now.getTime() + backoffMs(attempts, row.kind));
    await ctx.db.outbox.update({
      where: { id: row.id },
      data: { attempts, lastError: code, dueAt, claimToken: null, claimedUntil: null },
    });
    return dueAt;
  }
  await ctx.db.outbox.update({ where: { id: row.id }, data: { status: "failed", attempts, lastError: code, claimToken: null } });
  await afterDeliveryFailure(ctx, row, code);
  return null;
}
