import { openAlerts } from "../staff/open-alerts.ts";
import type { Db } from "../store/create-db.ts";

/** Prints what is due next and the open alerts (ids, levels and reason categories only). */
export async function printStatus(db: Db, now: Date, print: (line: string) => void): Promise<void> {
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
}
