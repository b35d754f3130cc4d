import type { EngineContext } from "../engine/engine-context.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { addDays, localDate } from "../time/local-date.ts";
import { officeOpeningOn } from "../time/office-hours.ts";

/** The id of one counselor's digest job for a local date: one row per counselor per day. */
export const digestJobId = (counselorId: string, date: string) => `digest:${counselorId}:${date}`;

/** How late after the opening a digest nobody planned yet is still written for today (a start or restart). */
const LATE_DIGEST_MS = 60 * 60_000;

/**
 * The office day whose digest is next, as seen at `now`: today until an hour after the
 * opening, else the next office day. A digest planned earlier and due while the bot was down
 * is still sent when it comes back; one never planned is not sent in the middle of the day.
 */
export function nextDigestDay(ctx: EngineContext, now: Date): { date: string; dueAt: Date } | null {
  const s = ctx.program.program;
  const today = localDate(now, s.timeZone);
  for (let d = 0; d <= 7; d++) {
    const date = addDays(today, d);
    const opening = officeOpeningOn(date, s.timeZone, s.officeHours);
    if (opening && now.getTime() < opening.getTime() + LATE_DIGEST_MS) return { date, dueAt: opening };
  }
  return null;
}

/**
 * Writes the next digest job of every active counselor, due at the next office opening.
 * A tick costs two small queries (the counselors, then their jobs by id) when the jobs exist
 * already; the ids make a second instance's planning a no-op, and claiming the job makes the
 * digest go out once.
 */
export async function planDigests(ctx: EngineContext, now: Date): Promise<number> {
  const next = nextDigestDay(ctx, now);
  if (!next) return 0;
  const counselors = await ctx.db.counselor.findMany({ where: { active: true }, select: { id: true } });
  const wanted = counselors.map((c) => ({
    id: digestJobId(c.id, next.date),
    kind: "digest",
    refId: c.id,
    dueAt: next.dueAt,
    payloadJson: JSON.stringify({ date: next.date }),
  }));
  if (wanted.length === 0) return 0;
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
