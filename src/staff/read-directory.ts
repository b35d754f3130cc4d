import type { Db } from "../store/create-db.ts";

/** Who is in the program now: participants, counselors and groups that are active, by id. */
export interface Directory {
  participants: { id: string; name: string; timeZone: string; optedOut: boolean; counselorId: string }[];
  /** With what the program file makes them: their place in the on-call order and who supervises them. */
  counselors: { id: string; name: string; onCallOrder: number | null; supervisorId: string | null }[];
  groups: { id: string; name: string }[];
}

/** Reads the directory: the people and groups a staff surface lists. */
export async function readDirectory(db: Db): Promise<Directory> {
  const [participants, counselors, groups] = await Promise.all([
    db.participant.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true, timeZone: true, optedOutAt: true, counselorId: true } }),
    db.counselor.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true, onCallOrder: true, supervisorId: true } }),
    db.group.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    participants: participants.map((p) => ({ id: p.id, name: p.name, timeZone: p.timeZone, optedOut: p.optedOutAt !== null, counselorId: p.counselorId })),
    counselors,
    groups,
  };
}
