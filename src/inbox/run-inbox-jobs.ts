import type { EngineContext } from "../engine/engine-context.ts";
import { staff } from "../messages/staff.ts";
import { deliverIds } from "../outbox/deliver-outbox.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { counselorAddresses } from "../outbox/pick-address.ts";
import { scheduleInboxNotice } from "./schedule-inbox-notice.ts";

/** The unread inbox items a counselor should read: their caseload's, and ones passed on to them. */
export function unreadFor(counselorId: string) {
  return { status: "unread", OR: [{ counselorId }, { escalatedTo: counselorId }] };
}

/**
 * Tells a counselor how many messages wait for them, as a count only (safe on a lock screen),
 * on the first channel they can be reached on. Nothing unread, or a daily summary due at the
 * same opening (it lists the unread count): nothing sent.
 */
export async function runInboxNotice(ctx: EngineContext, counselorId: string, jobId: string, dueAt: Date, now: Date): Promise<void> {
  const unread = await ctx.db.inboxItem.count({ where: unreadFor(counselorId) });
  if (unread === 0) return;
  // Due at office opening, when the daily summary goes out too: the summary carries the count.
  const summary = await ctx.db.job.count({
    where: { kind: "digest", refId: counselorId, dueAt: { gte: new Date(dueAt.getTime() - 60_000), lte: new Date(dueAt.getTime() + 60_000) } },
  });
  if (summary > 0) return;
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "counselor", ownerId: counselorId } });
  const to = counselorAddresses(addresses, new Set(ctx.channels.keys()))[0];
  if (!to) {
    ctx.logger.error("inbox_notice_unreachable", { counselorId });
    return;
  }
  const row = outboxRow(
    {
      channel: to.channel as never,
      address: to.address,
      recipientKind: "counselor",
      recipientId: counselorId,
      kind: "system",
      text: staff.inboxNotice({ unread }),
      ...staff.inboxNoticeChoices({ unread }),
      idempotencyKey: jobId,
      dueAt: now,
    },
    now,
  );
  await ctx.db.outbox.create({ data: row });
  await deliverIds(ctx, [row.id]);
}

/**
 * A message nobody read within the program's readWithinHours goes on to the assigned
 * counselor's supervisor (the assigned counselor can still read it). No supervisor: logged,
 * and it stays with the counselor and in their digest.
 */
export async function runInboxOverdue(ctx: EngineContext, itemId: string, now: Date): Promise<void> {
  const item = await ctx.db.inboxItem.findUnique({ where: { id: itemId } });
  if (!item || item.status !== "unread" || item.escalatedTo !== null) return;
  const counselor = await ctx.db.counselor.findUnique({ where: { id: item.counselorId }, select: { supervisorId: true } });
  const supervisor = counselor?.supervisorId ?? null;
  if (!supervisor) {
    ctx.logger.warn("inbox_overdue_no_supervisor", { counselorId: item.counselorId });
    return;
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.inboxItem.update({ where: { id: item.id }, data: { escalatedTo: supervisor } });
    await scheduleInboxNotice(ctx, tx, supervisor, now);
  });
  ctx.logger.warn("inbox_overdue", { counselorId: item.counselorId, supervisorId: supervisor });
}
