import type { EngineContext } from "../engine/engine-context.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { atLocalTime } from "../time/at-local-time.ts";
import { addDays, localDate } from "../time/local-date.ts";

/** Local time in the program's zone at which the daily retention job falls due: a quiet hour. */
export const RETENTION_TIME = "03:00";

/** The id of the retention job of a local date: one row per day, whichever instance plans it. */
export const retentionJobId = (date: string) => `retention:${date}`;

/**
 * With a retention period set (RETENTION_DAYS), writes the retention job of today and of
 * tomorrow (program time zone), due at RETENTION_TIME. The ids make planning on several
 * instances a no-op after the first; claiming the job (claim-jobs.ts) makes one instance run
 * it, and a claim that dies with its instance lapses and is taken up by another. Today's job,
 * planned after 03:00 (the first start with the setting), runs at once.
 */
export async function planRetention(ctx: EngineContext, now: Date): Promise<number> {
  if (!ctx.retentionDays) return 0;
  const tz = ctx.program.program.timeZone;
  const today = localDate(now, tz);
  const wanted = [today, addDays(today, 1)].map((date) => ({
    id: retentionJobId(date),
    kind: "retention",
    refId: date,
    dueAt: atLocalTime(date, RETENTION_TIME, tz),
  }));
  const have = new Set((await ctx.db.job.findMany({ where: { id: { in: wanted.map((w) => w.id) } }, select: { id: true } })).map((j) => j.id));
  const missing = wanted.filter((w) => !have.has(w.id));
  if (missing.length === 0) return 0;
  try {
    await ctx.db.job.createMany({ data: missing });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e; // planned at the same moment by another instance
  }
  return missing.length;
}
