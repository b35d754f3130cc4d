import { freshCheckinState, serializeCheckinState } from "../checkin/checkin-state.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { atLocalTime, endOfLocalDay } from "../time/at-local-time.ts";
import { addDays, localDate } from "../time/local-date.ts";
import { sessionOccurrences, type WeeklySession } from "../time/session-occurrences.ts";
import { insertRows, isUniqueViolation } from "../store/insert-rows.ts";
import { writeBatch } from "../store/write-batch.ts";
import { planDigests } from "./plan-digests.ts";
import { planWelcomes } from "./plan-welcomes.ts";
import { planRetention } from "./plan-retention.ts";
import { reminderGraceMs } from "./reminder-grace.ts";
import { nextTurn } from "../engine/next-turn.ts";
import { updateByIds } from "./update-by-ids.ts";

/** How far ahead prompts and reminders are written as rows. */
const HORIZON_MS = 36 * 3600_000;
/** A participant is planned again when their plan reaches less than this far ahead. */
const REPLAN_MS = 24 * 3600_000;
const BATCH = 250;

/** The instants of one participant's check-in on a local date. */
export function checkinTimes(ctx: EngineContext, p: { timeZone: string; checkinTime: string | null }, date: string) {
  const s = ctx.program.program.checkin;
  const promptAt = atLocalTime(date, p.checkinTime ?? s.sendTime, p.timeZone);
  const endOfDay = endOfLocalDay(date, p.timeZone);
  const expiresAt = s.expireAfterMinutes ? new Date(Math.min(endOfDay.getTime(), promptAt.getTime() + s.expireAfterMinutes * 60_000)) : endOfDay;
  return { promptAt, expiresAt, nudgeAt: new Date(promptAt.getTime() + s.nudgeAfterMinutes * 60_000) };
}

/**
 * Writes the rows for what is coming: one CheckIn and one prompt Job per participant per
 * local day, 36 hours ahead, and one reminder Job per group session and offset. Planning is
 * incremental (Participant.plannedUntil), so a tick costs one indexed query when nothing is new.
 */
export async function planSchedule(ctx: EngineContext, now: Date): Promise<number> {
  let planned = 0;
  for (;;) {
    const batch = await ctx.db.participant.findMany({
      where: { active: true, OR: [{ plannedUntil: null }, { plannedUntil: { lt: new Date(now.getTime() + REPLAN_MS) } }] },
      take: BATCH,
    });
    if (batch.length === 0) break;
    planned += await planParticipants(ctx, batch, now);
    if (ctx.program.program.welcome) await planWelcomes(ctx, batch, now);
    if (batch.length < BATCH) break;
    await nextTurn();
  }
  planned += await planReminders(ctx, now);
  planned += await planDigests(ctx, now);
  planned += await planRetention(ctx, now);
  return planned;
}

type ParticipantRow = Awaited<ReturnType<EngineContext["db"]["participant"]["findMany"]>>[number];

async function planParticipants(ctx: EngineContext, batch: ParticipantRow[], now: Date): Promise<number> {
  const horizon = new Date(now.getTime() + HORIZON_MS);
  const stateJson = serializeCheckinState(freshCheckinState());
  const checkins = [];
  const jobs = [];
  for (const p of batch) {
    const after = p.plannedUntil ?? now;
    const today = localDate(now, p.timeZone);
    for (let d = 0; d <= 2; d++) {
      const date = addDays(today, d);
      if (date < p.startDate || date > p.endDate) continue;
      const t = checkinTimes(ctx, p, date);
      const fresh = p.plannedUntil ? t.promptAt > after : t.promptAt >= after;
      if (!fresh || t.promptAt > horizon) continue;
      const id = `ci:${p.id}:${date}`;
      checkins.push({ id, participantId: p.id, localDate: date, status: "scheduled", promptAt: t.promptAt, nudgeAt: t.nudgeAt, expiresAt: t.expiresAt, stateJson });
      jobs.push({ id: `prompt:${id}`, kind: "prompt", refId: id, dueAt: t.promptAt });
    }
  }
  const ids = batch.map((p) => p.id);
  const direct = ctx.fastPaths !== false;
  // Plain statements only (see updateByIds).
  try {
    await writeBatch(ctx.db, [
      ...insertRows(ctx.db, "CheckIn", checkins),
      ...insertRows(ctx.db, "Job", jobs),
      ...updateByIds(ctx.db, "Participant", { plannedUntil: horizon }, ids),
    ], direct);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // Another instance planned some of these at the same moment: keep only what is missing.
    const have = new Set((await ctx.db.checkIn.findMany({ where: { id: { in: checkins.map((c) => c.id) } }, select: { id: true } })).map((c) => c.id));
    await writeBatch(ctx.db, [
      ...insertRows(ctx.db, "CheckIn", checkins.filter((c) => !have.has(c.id))),
      ...insertRows(ctx.db, "Job", jobs.filter((j) => !have.has(j.refId))),
      ...updateByIds(ctx.db, "Participant", { plannedUntil: horizon }, ids),
    ], direct);
  }
  return checkins.length;
}

async function planReminders(ctx: EngineContext, now: Date): Promise<number> {
  const groups = await ctx.db.group.findMany({ where: { active: true } });
  const tz = ctx.program.program.timeZone;
  const wanted = [];
  for (const g of groups) {
    const sessions = JSON.parse(g.sessionsJson) as WeeklySession[];
    const offsets = JSON.parse(g.offsetsJson) as number[];
    const maxOffset = Math.max(0, ...offsets) * 60_000;
    for (const o of sessionOccurrences(sessions, tz, now, new Date(now.getTime() + HORIZON_MS + maxOffset))) {
      for (const offset of offsets) {
        const dueAt = new Date(o.start.getTime() - offset * 60_000);
        if (dueAt.getTime() < now.getTime() - reminderGraceMs(offset) || dueAt.getTime() > now.getTime() + HORIZON_MS) continue;
        const payload = { groupId: g.id, start: o.start.toISOString(), offset, location: sessions[o.sessionIndex]?.location ?? "" };
        wanted.push({ id: `reminder:${g.id}:${payload.start}:${offset}`, kind: "reminder", refId: g.id, dueAt, payloadJson: JSON.stringify(payload) });
      }
    }
  }
  if (wanted.length === 0) return 0;
  const have = new Set((await ctx.db.job.findMany({ where: { id: { in: wanted.map((w) => w.id) } }, select: { id: true } })).map((j) => j.id));
  const missing = wanted.filter((w) => !have.has(w.id));
  if (missing.length > 0) {
    try {
      await ctx.db.job.createMany({ data: missing });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // planned concurrently elsewhere
    }
  }
  return missing.length;
}
