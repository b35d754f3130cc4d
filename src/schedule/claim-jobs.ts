import { randomUUID } from "node:crypto";
import type { EngineContext } from "../engine/engine-context.ts";

export type JobRow = Awaited<ReturnType<EngineContext["db"]["job"]["findMany"]>>[number];

const CLAIM_MS = 5 * 60_000;

/**
 * Claims up to `limit` due jobs (of the given kinds, or any) for this dispatcher: a
 * conditional update that only takes rows nobody holds, then a read by claim token. Safe
 * with several processes on one database; a claim that is never finished (a crash) lapses
 * after five minutes.
 */
export async function claimJobs(ctx: EngineContext, now: Date, limit: number, kinds?: readonly string[]): Promise<JobRow[]> {
  const free = { status: "pending", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }], ...(kinds ? { kind: { in: [...kinds] } } : {}) };
  const candidates = await ctx.db.job.findMany({ where: { ...free, dueAt: { lte: now } }, select: { id: true }, orderBy: { dueAt: "asc" }, take: limit });
  if (candidates.length === 0) return [];
  const token = `${ctx.instanceId}:${randomUUID()}`;
  const got = await ctx.db.job.updateMany({
    where: { ...free, id: { in: candidates.map((c) => c.id) } },
    data: { claimToken: token, claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: { increment: 1 } },
  });
  if (got.count === 0) return [];
  return ctx.db.job.findMany({ where: { claimToken: token }, orderBy: { dueAt: "asc" } });
}
