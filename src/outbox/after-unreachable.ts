import { URGENT_KINDS, type OutboundKind } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { Tx } from "../store/create-db.ts";
import { staff } from "../messages/staff.ts";
import type { OutboxRow } from "./deliver-outbox.ts";
import { outboxRow } from "./outbox-draft.ts";
import { counselorAddresses, pickParticipantAddress } from "./pick-address.ts";

/** How a message moved to another channel is keyed: once per message, never moved again. */
const MOVED = ":moved";
/** How a retry of an urgent message is keyed: `<key>:retry:<n>`. */
const RETRY = /:retry:(\d+)$/;

/** Delay before retry `n` of an urgent message the person could not be reached with: 1 min doubling, at most 5. */
function retryDelayMs(n: number): number {
  return Math.min(5 * 60_000, 60_000 * 2 ** Math.max(0, n - 1));
}

/** Whether this row is a retry written here (its failure does not move the ladder again). */
export function isUnreachableRetry(row: Pick<OutboxRow, "idempotencyKey">): boolean {
  return RETRY.test(row.idempotencyKey);
}

/**
 * What a message that failed because the person cannot be reached at its address (not a
 * mobile number, unknown destination, no DMs) sets in motion, once the row is final:
 * - the address is marked unreachable, so routine messages pick the person's next channel;
 *   the first time, the participant's counselor (for a counselor: their supervisor) is told;
 * - a participant's message goes once to their next running, consented, reachable channel;
 * - an urgent one (crisis reply, screening question, alert) with nowhere else to go is tried
 *   again on the same address later, and again, so it is never dropped for this; an alert's
 *   ladder goes on meanwhile (after-delivery-failure.ts).
 */
export async function afterUnreachable(ctx: EngineContext, row: OutboxRow): Promise<void> {
  if (row.kind === "edit") return;
  const now = ctx.clock();
  const ownerKind = row.recipientKind === "participant" || row.recipientKind === "counselor" ? row.recipientKind : null;
  let firstTime = false;
  if (ownerKind) {
    const marked = await ctx.db.address.updateMany({
      where: { channel: row.channel, address: row.address, ownerKind, ownerId: row.recipientId, unreachableAt: null },
      data: { unreachableAt: now },
    });
    firstTime = marked.count > 0;
  }
  const movedTo = ownerKind === "participant" ? await moveToNextChannel(ctx, row, now) : null;
  if (!movedTo && URGENT_KINDS.includes(row.kind as OutboundKind)) await retryLater(ctx, row, now);
  ctx.logger.warn("recipient_unreachable", { outboxId: row.id, channel: row.channel, kind: row.kind, movedTo: movedTo ?? "none" });
  if (ownerKind && firstTime) await tellCareTeam(ctx, ownerKind, row, movedTo, now);
}

/** Writes the message once more on the participant's next usable channel; that channel, or null. */
async function moveToNextChannel(ctx: EngineContext, row: OutboxRow, now: Date): Promise<string | null> {
  if (row.idempotencyKey.includes(MOVED)) return null;
  const person = await ctx.db.participant.findUnique({ where: { id: row.recipientId }, select: { preferredChannel: true } });
  if (!person) return null;
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "participant", ownerId: row.recipientId } });
  const next = pickParticipantAddress(addresses, person.preferredChannel, new Set(ctx.channels.keys()));
  if (!next || (next.channel === row.channel && next.address === row.address)) return null;
  const base = row.idempotencyKey.replace(RETRY, "");
  const copy = outboxRow({ ...copyOf(row), channel: next.channel as ChannelName, address: next.address, idempotencyKey: `${base}${MOVED}`, dueAt: now }, now);
  const made = await ctx.db.outbox.createMany({ data: [copy] }).catch(() => ({ count: 0 })); // already moved by another process
  return made.count > 0 ? next.channel : null;
}

/** Queues the same message on the same address again, later; an alert only while its escalation is open. */
async function retryLater(ctx: EngineContext, row: OutboxRow, now: Date): Promise<void> {
  if (row.kind === "alert" && row.escalationId) {
    const esc = await ctx.db.escalation.findUnique({ where: { id: row.escalationId }, select: { status: true } });
    if (esc?.status !== "open") return;
  }
  const n = Number(RETRY.exec(row.idempotencyKey)?.[1] ?? 0) + 1;
  const key = `${row.idempotencyKey.replace(RETRY, "")}:retry:${n}`;
  const copy = outboxRow({ ...copyOf(row), idempotencyKey: key, dueAt: new Date(now.getTime() + retryDelayMs(n)) }, now);
  await ctx.db.outbox.createMany({ data: [copy] }).catch(() => undefined); // already queued
}

/** The draft of a stored row, its text and choices as they were fitted. */
function copyOf(row: OutboxRow) {
  return {
    channel: row.channel as ChannelName,
    address: row.address,
    recipientKind: row.recipientKind as "participant" | "counselor" | "group" | "unknown",
    recipientId: row.recipientId,
    kind: row.kind as OutboundKind,
    text: row.text,
    quietTz: row.quietTz,
    expiresAt: row.expiresAt,
    escalationId: row.escalationId,
    ref: row.ref,
    choices: row.choices ? JSON.parse(row.choices) : null,
    choicesText: row.choicesText,
    idempotencyKey: row.idempotencyKey,
    dueAt: row.dueAt,
  };
}

/** Tells the participant's counselor, or a counselor's supervisor, once, on their first reachable channel. */
async function tellCareTeam(ctx: EngineContext, ownerKind: "participant" | "counselor", row: OutboxRow, movedTo: string | null, now: Date): Promise<void> {
  const to =
    ownerKind === "participant"
      ? (await ctx.db.participant.findUnique({ where: { id: row.recipientId }, select: { counselorId: true } }))?.counselorId
      : (await ctx.db.counselor.findUnique({ where: { id: row.recipientId }, select: { supervisorId: true } }))?.supervisorId;
  const addresses = to ? await ctx.db.address.findMany({ where: { ownerKind: "counselor", ownerId: to } }) : [];
  const address = counselorAddresses(addresses, new Set(ctx.channels.keys())).find((a) => !a.unreachableAt);
  if (!to || !address) {
    ctx.logger.error("unreachable_notice_unsent", { channel: row.channel, recipientKind: ownerKind });
    return;
  }
  const notice = outboxRow(
    {
      channel: address.channel as ChannelName,
      address: address.address,
      recipientKind: "counselor",
      recipientId: to,
      kind: "system",
      text: staff.unreachable({ who: row.recipientId, channel: row.channel, movedTo }),
      // Keyed by the failed row, never the address: keys travel in provider callback URLs.
      idempotencyKey: `unreachable:${row.id}`,
      dueAt: now,
    },
    now,
  );
  await ctx.db.outbox.createMany({ data: [notice] }).catch(() => undefined);
}

/** Cancels the retries of an escalation's alerts still waiting, once someone acted on it (in the action's transaction). */
export async function cancelAlertRetries(tx: Tx, escalationId: string): Promise<void> {
  await tx.outbox.updateMany({
    where: { escalationId, kind: "alert", status: "pending", idempotencyKey: { contains: ":retry:" } },
    data: { status: "cancelled", lastError: "acted_on" },
  });
}
