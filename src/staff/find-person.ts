import type { Db } from "../store/create-db.ts";

/** Whether an id is an active participant's, an active counselor's, or nobody's. */
export async function findPerson(db: Db, id: string): Promise<"participant" | "counselor" | null> {
  if (await db.participant.findFirst({ where: { id, active: true }, select: { id: true } })) return "participant";
  if (await db.counselor.findFirst({ where: { id, active: true }, select: { id: true } })) return "counselor";
  return null;
}
