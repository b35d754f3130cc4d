import type { EngineContext } from "../engine/engine-context.ts";
import type { Tx } from "../store/create-db.ts";
import { nextOfficeOpening } from "../time/office-hours.ts";

/** A counselor hears about unread messages at most this often. */
export const INBOX_NOTICE_EVERY_MS = 60 * 60_000;

/**
 * Makes sure a counselor will be told about their unread messages: one pending notice job per
 * counselor at a time, due now or an hour after the last one went out, in office hours. The notice counts what
 * is unread when it runs, so messages that arrive meanwhile share it.
 */
export async function scheduleInboxNotice(ctx: EngineContext, tx: Tx, counselorId: string, now: Date): Promise<void> {
  // A notice that is waiting (not yet being sent) will count this message too.
  const waiting = await tx.job.count({ where: { kind: "inbox_notice", refId: counselorId, status: "pending", claimToken: null } });
  if (waiting > 0) return;
  // One that is being sent now may have counted already: the next comes an hour after it.
  const last = await tx.job.findFirst({ where: { kind: "inbox_notice", refId: counselorId }, orderBy: { dueAt: "desc" }, select: { dueAt: true } });
  const earliest = last ? last.dueAt.getTime() + INBOX_NOTICE_EVERY_MS : 0;
  // Counselors read their inbox in office hours; the count waits for the next opening.
  const program = ctx.program.program;
  const dueAt = nextOfficeOpening(new Date(Math.max(now.getTime(), earliest)), program.timeZone, program.officeHours);
  await tx.job.create({ data: { id: `inbox-notice:${counselorId}:${dueAt.getTime()}`, kind: "inbox_notice", refId: counselorId, dueAt } });
}
