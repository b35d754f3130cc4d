import type { Db } from "../store/create-db.ts";

/** Who an id is, for staff tools: "p-014 (Sam)", "c-rivera (Dana Rivera)"; the id alone when the program does not know it. */
export type NameOf = (id: string) => string;

/** Every participant, counselor and group of the program by id, active or not (an old alert may name someone since discharged). */
export async function peopleNames(db: Db): Promise<NameOf> {
  const [participants, counselors, groups] = await Promise.all([
    db.participant.findMany({ select: { id: true, name: true } }),
    db.counselor.findMany({ select: { id: true, name: true } }),
    db.group.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map([...participants, ...counselors, ...groups].map((r) => [r.id, r.name]));
  return (id) => (names.has(id) ? `${id} (${names.get(id)})` : id);
}
