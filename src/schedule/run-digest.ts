import { missedStreak } from "../checkin/evaluate-thresholds.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { type DigestContent, staff } from "../messages/staff.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { counselorAddresses } from "../outbox/pick-address.ts";
import { unreadFor } from "../inbox/run-inbox-jobs.ts";
import { addDays } from "../time/local-date.ts";

/** Check-ins read back to measure a run of missed ones. */
const STREAK_LOOKBACK = 30;

/**
 * What one counselor's digest reports for local `date`, covering everything since their
 * previous digest (or the 24 hours before this one's opening, for the first): caseload
 * changes, missed check-ins, open alerts, unread messages. Participant ids and counts only.
 */
export async function digestContent(ctx: EngineContext, counselorId: string, date: string, dueAt: Date, now: Date): Promise<DigestContent> {
  const previous = await ctx.db.job.findFirst({
    where: { kind: "digest", refId: counselorId, status: "done", dueAt: { lt: dueAt } },
    orderBy: { dueAt: "desc" },
    select: { payloadJson: true, doneAt: true, dueAt: true },
  });
  const since = previous ? (previous.doneAt ?? previous.dueAt) : new Date(dueAt.getTime() - 24 * 3600_000);
  const sinceDate = previous ? (JSON.parse(previous.payloadJson) as { date: string }).date : addDays(date, -1);
  const caseload = await ctx.db.participant.findMany({ where: { counselorId }, select: { id: true, startDate: true, endDate: true, optedOutAt: true }, orderBy: { id: "asc" } });
  const ids = caseload.map((p) => p.id);
  // A start date after the last digest's day, up to today; an end date (the last day of messages) before today.
  const enrolled = caseload.filter((p) => p.startDate > sinceDate && p.startDate <= date).map((p) => p.id);
  const discharged = caseload.filter((p) => p.endDate >= sinceDate && p.endDate < date).map((p) => p.id);
  const window = { gt: since, lte: now };
  const optOuts = await ctx.db.consentEvent.findMany({ where: { participantId: { in: ids }, action: "opt_out", at: window }, select: { participantId: true, channel: true } });
  // Someone who opted out everywhere gets no check-in to miss: not a missed check-in worth a line.
  const stopped = new Set(caseload.filter((p) => p.optedOutAt !== null).map((p) => p.id));
  const optedOut = [...new Set(optOuts.map((e) => e.participantId))].filter((pid) => stopped.has(pid)).sort();
  const optedOutOf = await stillOptedOutOf(ctx, optOuts.filter((e) => !stopped.has(e.participantId)));
  const missedRows = await ctx.db.checkIn.findMany({ where: { participantId: { in: ids }, status: "missed", closedAt: window }, select: { participantId: true } });
  const missedIds = [...new Set(missedRows.map((r) => r.participantId))].filter((pid) => !stopped.has(pid)).sort();
  const flagAt = Math.max(2, ctx.program.program.checkin.thresholds.missedInARow);
  const missed = [];
  for (const pid of missedIds) {
    const recent = await ctx.db.checkIn.findMany({
      where: { participantId: pid, status: { in: ["complete", "expired", "missed"] } },
      orderBy: { localDate: "desc" },
      take: STREAK_LOOKBACK,
      select: { status: true },
    });
    const inARow = missedStreak(recent.map((r) => r.status));
    missed.push({ pid, inARow: inARow >= flagAt ? inARow : null });
  }
  const open = await ctx.db.escalation.findMany({ where: { participantId: { in: ids }, status: "open" }, select: { code: true }, orderBy: { createdAt: "asc" } });
  const unread = await ctx.db.inboxItem.count({ where: unreadFor(counselorId) });
  return { enrolled, discharged, optedOut, optedOutOf, missed, openAlerts: open.map((e) => e.code), unread };
}

/**
 * Of opt-outs from one channel (STOP by SMS, with Slack still on), the channels each person is
 * still opted out of now: their check-ins go on elsewhere, so they are not "opted out".
 */
async function stillOptedOutOf(ctx: EngineContext, optOuts: { participantId: string; channel: string }[]): Promise<DigestContent["optedOutOf"]> {
  if (optOuts.length === 0) return [];
  const out = await ctx.db.address.findMany({
    where: { ownerKind: "participant", ownerId: { in: [...new Set(optOuts.map((e) => e.participantId))] }, optedOutAt: { not: null } },
    select: { ownerId: true, channel: true },
  });
  const byPerson = new Map<string, Set<string>>();
  for (const a of out) {
    if (!optOuts.some((e) => e.participantId === a.ownerId && e.channel === a.channel)) continue;
    byPerson.set(a.ownerId, (byPerson.get(a.ownerId) ?? new Set()).add(a.channel));
  }
  return [...byPerson].map(([pid, channels]) => ({ pid, channels: [...channels].sort() })).sort((a, b) => a.pid.localeCompare(b.pid));
}

/**
 * Sends one counselor's daily digest, on one channel: at most one message a day (the outbox
 * key is per counselor and day), and none when there is nothing to report.
 */
export async function runDigest(ctx: EngineContext, counselorId: string, payloadJson: string, dueAt: Date, now: Date): Promise<void> {
  const counselor = await ctx.db.counselor.findUnique({ where: { id: counselorId }, select: { active: true } });
  if (!counselor?.active) return;
  const { date } = JSON.parse(payloadJson) as { date: string };
  const text = staff.digest(await digestContent(ctx, counselorId, date, dueAt, now));
  if (text === null) return;
  const addresses = await ctx.db.address.findMany({ where: { ownerKind: "counselor", ownerId: counselorId } });
  const address = counselorAddresses(addresses, new Set(ctx.channels.keys()))[0];
  if (!address) {
    ctx.logger.warn("digest_unreachable", { counselorId });
    return;
  }
  await ctx.db.outbox.create({
    data: outboxRow(
      {
        channel: address.channel as never,
        address: address.address,
        recipientKind: "counselor",
        recipientId: counselorId,
        kind: "system",
        text,
        idempotencyKey: `digest:${counselorId}:${date}`,
        purpose: "digest",
        dueAt: now,
      },
      now,
    ),
  });
}
