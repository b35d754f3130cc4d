import type { Unreachable } from "../program/find-unreachable.ts";
import { unreachableReason } from "../program/unreachable-words.ts";
import type { ReachCheck } from "../staff/check-reach.ts";
import { openAlerts } from "../staff/open-alerts.ts";
import type { Db } from "../store/create-db.ts";

/**
 * Prints what is due next, the open alerts (ids, levels and reason categories only) and,
 * given `reach`, who and what no running channel reaches, with names beside the ids (status
 * is a staff tool).
 */
export async function printStatus(db: Db, now: Date, print: (line: string) => void, reach?: ReachCheck): Promise<void> {
  const jobs = await db.job.findMany({ where: { status: "pending" }, orderBy: { dueAt: "asc" }, take: 10 });
  const queued = await db.outbox.count({ where: { status: "pending" } });
  print(`Now: ${now.toISOString()}`);
  print(jobs.length === 0 ? "Nothing scheduled." : "Next due:");
  for (const j of jobs) print(`  ${j.dueAt.toISOString()}  ${j.kind.padEnd(10)} ${j.refId}`);
  print(`Outbox: ${queued} message(s) waiting.`);
  const open = await openAlerts(db);
  print(open.length === 0 ? "No open alerts." : "Open alerts:");
  for (const e of open) {
    print(`  ${e.code}  ${e.level.padEnd(7)} ${e.participantId ?? "unenrolled sender"}  ${e.reasons.join(", ")}  ${e.status}${e.acknowledgedBy ? ` by ${e.acknowledgedBy}` : ""}  since ${e.createdAt.toISOString()}`);
  }
  if (reach) await printUnreachable(db, reach, print);
}

async function printUnreachable(db: Db, reach: ReachCheck, print: (line: string) => void): Promise<void> {
  const by = reach.checked.length === 0 ? "no channel that reaches people runs" : `channels that reach people: ${reach.checked.join(", ")}`;
  const standIn = reach.standIn.length > 0 ? `; the local channel stands in for ${reach.standIn.join(", ")}` : "";
  if (reach.found.length === 0) {
    print(`Everyone can be reached (${by}${standIn}).`);
    return;
  }
  const ids = (kind: Unreachable["kind"]) => reach.found.filter((u) => u.kind === kind).map((u) => u.id);
  const [participants, groups, counselors] = await Promise.all([
    db.participant.findMany({ where: { id: { in: ids("participant") } }, select: { id: true, name: true } }),
    db.group.findMany({ where: { id: { in: ids("group") } }, select: { id: true, name: true } }),
    db.counselor.findMany({ where: { id: { in: ids("counselor") } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([...participants.map((p) => [`participant:${p.id}`, p.name]), ...groups.map((g) => [`group:${g.id}`, g.name]), ...counselors.map((c) => [`counselor:${c.id}`, c.name])] as [string, string][]);
  print(`Unreachable (${by}${standIn}):`);
  for (const u of reach.found) {
    const name = names.get(`${u.kind}:${u.id}`);
    print(`  ${u.kind} ${u.id}${name ? ` (${name})` : ""}: ${unreachableReason(u)}`);
  }
}
