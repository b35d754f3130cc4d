import type { EngineContext } from "../engine/engine-context.ts";
import { reescalate } from "../escalation/reescalate.ts";
import { errorLabel } from "../log/logger.ts";
import { deliverClaimed, deliverIds, type OutboxRow } from "../outbox/deliver-outbox.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { claimJobs, type JobRow } from "./claim-jobs.ts";
import { runPrompts } from "./run-prompts.ts";
import { runExpire, runNudge } from "./run-follow-ups.ts";
import { runDigest } from "./run-digest.ts";
import { runWelcome } from "./run-welcome.ts";
import { runReminder } from "./run-reminder.ts";
import { runInboxNotice, runInboxOverdue } from "../inbox/run-inbox-jobs.ts";
import { runScreenTimeout } from "../safety/screening.ts";
import { runRetention } from "../records/run-retention.ts";

/** Jobs about someone's safety, run on their own lane (Engine.dispatchUrgent). */
export const URGENT_JOB_KINDS: readonly string[] = ["reescalate", "screen_timeout"];

/** A job that keeps failing is set aside after this many tries (and logged). */
const MAX_JOB_ATTEMPTS = 8;

/** Due jobs claimed and run at a time, by default. Prisma refuses lists of 1,000 ids or more on SQLite. */
const JOB_PAGE = 500;

/** What one page of due jobs did. */
export interface JobPageResult {
  /** Jobs claimed (0: nothing was due). */
  jobs: number;
  /** Outbox rows the jobs wrote under this dispatcher's claim and handed to the channels. */
  sent: number;
}

/**
 * Claims and runs one page of due jobs. The prompts they write go out at the end of the page,
 * under the claim they were written with, so a page holds at most `limit` prompts in memory.
 */
export async function runDueJobs(ctx: EngineContext, now: Date, limit = JOB_PAGE, kinds?: readonly string[]): Promise<JobPageResult> {
  const jobs = await claimJobs(ctx, now, limit, kinds);
  if (jobs.length === 0) return { jobs: 0, sent: 0 };
  const prompts = jobs.filter((j) => j.kind === "prompt");
  let claimed: OutboxRow[] = [];
  if (prompts.length > 0) {
    try {
      claimed = await runPrompts(ctx, prompts, now);
    } catch (e) {
      for (const j of prompts) await failed(ctx, j, e, now);
    }
  }
  for (const job of jobs) {
    if (job.kind === "prompt") continue;
    let again: Date | void = undefined;
    try {
      again = await runOne(ctx, job, now);
    } catch (e) {
      // The same rows already written (a retry after a crash) count as done.
      if (!isUniqueViolation(e)) {
        await failed(ctx, job, e, now);
        continue;
      }
    }
    if (again) {
      // The job waits (an urgent re-escalation out of office hours) and runs again then.
      await ctx.db.job.update({ where: { id: job.id }, data: { dueAt: again, claimToken: null, claimedUntil: null } });
      continue;
    }
    await ctx.db.job.update({ where: { id: job.id }, data: { status: "done", doneAt: now, claimToken: null } });
  }
  await deliverClaimed(ctx, claimed);
  return { jobs: jobs.length, sent: claimed.length };
}

/** Runs one job; a returned instant means "not now": the job stays pending until then. */
async function runOne(ctx: EngineContext, job: JobRow, now: Date): Promise<Date | void> {
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
    case "welcome":
      return runWelcome(ctx, job.refId, now);
    case "digest":
      return runDigest(ctx, job.refId, job.payloadJson, job.dueAt, now);
    case "reescalate": {
      const r = await reescalate(ctx, job.refId, now, isFirstAlert(job.payloadJson));
      // Paged now, not after the rest of the page (a page of prompts can take minutes to send).
      await deliverIds(ctx, r.outboxIds);
      return r.heldUntil ?? undefined;
    }
    case "screen_timeout":
      return runScreenTimeout(ctx, job.refId, now);
    case "inbox_notice":
      return runInboxNotice(ctx, job.refId, job.id, job.dueAt, now);
    case "inbox_overdue":
      return runInboxOverdue(ctx, job.refId, now);
    case "retention": {
      // Planned while a retention period was set; with none set now, the job does nothing.
      if (!ctx.retentionDays) return;
      const counts = await runRetention(ctx.db, ctx.retentionDays, now);
      ctx.logger.info("retention_run", { jobId: job.id, days: ctx.retentionDays, ...counts });
      return;
    }
    default:
      ctx.logger.warn("job_kind_unknown", { jobId: job.id, kind: job.kind });
  }
}

/** A "reescalate" job written with step 0 sends the first alert of an escalation held for office hours. */
function isFirstAlert(payloadJson: string): boolean {
  try {
    return (JSON.parse(payloadJson) as { step?: unknown }).step === 0;
  } catch {
    return false;
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
