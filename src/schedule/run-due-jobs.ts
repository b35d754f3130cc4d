import type { EngineContext } from "../engine/engine-context.ts";
import { reescalate } from "../escalation/reescalate.ts";
import { errorLabel } from "../log/logger.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { claimJobs, type JobRow } from "./claim-jobs.ts";
import { runPrompts } from "./run-prompts.ts";
import { runExpire, runNudge } from "./run-follow-ups.ts";
import { runReminder } from "./run-reminder.ts";

/** A job that keeps failing is set aside after this many tries (and logged). */
const MAX_JOB_ATTEMPTS = 8;

/** Claims and runs one batch of due jobs; returns how many it claimed. */
export async function runDueJobs(ctx: EngineContext, now: Date, limit = 500): Promise<number> {
  const jobs = await claimJobs(ctx, now, limit);
  if (jobs.length === 0) return 0;
  const prompts = jobs.filter((j) => j.kind === "prompt");
  if (prompts.length > 0) {
    try {
      await runPrompts(ctx, prompts, now);
    } catch (e) {
      for (const j of prompts) await failed(ctx, j, e, now);
    }
  }
  for (const job of jobs) {
    if (job.kind === "prompt") continue;
    try {
      await runOne(ctx, job, now);
    } catch (e) {
      // The same rows already written (a retry after a crash) count as done.
      if (!isUniqueViolation(e)) {
        await failed(ctx, job, e, now);
        continue;
      }
    }
    await ctx.db.job.update({ where: { id: job.id }, data: { status: "done", doneAt: now, claimToken: null } });
  }
  return jobs.length;
}

async function runOne(ctx: EngineContext, job: JobRow, now: Date): Promise<void> {
  switch (job.kind) {
    case "nudge":
      return runNudge(ctx, job.refId, now);
    case "expire": {
      const { events } = await runExpire(ctx, job.refId, now);
      events.forEach(ctx.emit);
      return;
    }
    case "reminder":
      return runReminder(ctx, job.payloadJson, job.dueAt, now);
    case "reescalate":
      await reescalate(ctx, job.refId, now);
      return;
    default:
      ctx.logger.warn("job_kind_unknown", { jobId: job.id, kind: job.kind });
  }
}

async function failed(ctx: EngineContext, job: JobRow, e: unknown, now: Date): Promise<void> {
  const giveUp = job.attempts >= MAX_JOB_ATTEMPTS;
  ctx.logger.error("job_failed", { jobId: job.id, kind: job.kind, attempts: job.attempts, errorCode: errorLabel(e), giveUp });
  await ctx.db.job.update({
    where: { id: job.id },
    data: {
      status: giveUp ? "failed" : "pending",
      lastError: errorLabel(e),
      dueAt: new Date(now.getTime() + Math.min(30 * 60_000, 15_000 * 2 ** job.attempts)),
      claimToken: null,
      claimedUntil: null,
    },
  });
}
