import type { Tx } from "../store/create-db.ts";
import { addDays } from "../time/local-date.ts";

/** The local dates [from, to) whose moods make up the average before `date`: the 7 days before it. */
export function moodWindow(date: string): { from: string; to: string } {
  return { from: addDays(date, -7), to: date };
}

/** Average of the moods given, or null with none. */
export function averageMood(rows: { mood: number | null }[]): number | null {
  if (rows.length === 0) return null;
  return rows.reduce((s, r) => s + (r.mood ?? 0), 0) / rows.length;
}

/** Average mood over the 7 local days before `date`, or null with no answers in that window. */
export async function moodAverageBefore(tx: Pick<Tx, "checkIn">, participantId: string, date: string): Promise<number | null> {
  const { from, to } = moodWindow(date);
  const rows = await tx.checkIn.findMany({
    where: { participantId, localDate: { gte: from, lt: to }, mood: { not: null } },
    select: { mood: true },
  });
  return averageMood(rows);
}
