import type { EngineContext } from "../engine/engine-context.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { atLocalTime } from "../time/at-local-time.ts";
import { addDays, localDate } from "../time/local-date.ts";

type ParticipantRow = Awaited<ReturnType<EngineContext["db"]["participant"]["findMany"]>>[number];

/** The job that sends participant `id` their welcome text. */
export function welcomeJobId(participantId: string): string {
  return `welcome:${participantId}`;
}

/**
 * Plans the welcome text (src/schedule/run-welcome.ts) of each participant in `batch` whom
 * Steady has never texted: due on their start date (quiet hours hold it to the morning), or
 * now when they start today or started already. Someone already receiving check-ins when this
 * was deployed gets none: the welcome comes first or not at all.
 */
export async function planWelcomes(ctx: EngineContext, batch: ParticipantRow[], now: Date): Promise<void> {
  const due = batch.filter((p) => {
    const today = localDate(now, p.timeZone);
    return p.optedOutAt === null && p.startDate <= addDays(today, 1) && p.endDate >= today;
  });
  if (due.length === 0) return;
  const texted = await ctx.db.outbox.findMany({
    where: { recipientKind: "participant", recipientId: { in: due.map((p) => p.id) }, kind: { in: ["prompt", "welcome"] } },
    select: { recipientId: true },
    distinct: ["recipientId"],
  });
  const before = new Set(texted.map((r) => r.recipientId));
  for (const p of due) {
    if (before.has(p.id)) continue;
    const startsAt = atLocalTime(p.startDate, "00:00", p.timeZone);
    try {
      await ctx.db.job.create({ data: { id: welcomeJobId(p.id), kind: "welcome", refId: p.id, dueAt: startsAt > now ? startsAt : now } });
    } catch (e) {
      // Planned before (or by another instance just now).
      if (!isUniqueViolation(e)) throw e;
    }
  }
}
