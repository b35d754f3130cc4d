import type { Tx } from "../store/create-db.ts";
import { addDays } from "../time/local-date.ts";

/** Average mood over the 7 local days before `date`, or null with no answers in that window. */
export async function moodAverageBefore(tx: Pick<Tx, "checkIn">, participantId: string, date: string): Promise<number | null> {
  const rows = await tx.checkIn.findMany({
    where: { participantId, localDate: { gte: addDays(date, -7), lt: date }, mood: { not: null } },
    select: { mood: true },
  });
  if (rows.length === 0) return null;
  return rows.reduce((s, r) => s + (r.mood ?? 0), 0) / rows.length;
}
