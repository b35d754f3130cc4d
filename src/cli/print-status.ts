import { reasonWords } from "../messages/staff.ts";
import type { Unreachable } from "../program/find-unreachable.ts";
import { unreachableReason } from "../program/unreachable-words.ts";
import type { ReachCheck } from "../staff/check-reach.ts";
import { openAlerts } from "../staff/open-alerts.ts";
import { peopleNames, type NameOf as Namer } from "../staff/people-names.ts";
import { upcomingWork, type UpcomingWork } from "../staff/upcoming-work.ts";
import type { Db } from "../store/create-db.ts";
import { formatStaffTime } from "../time/format-local.ts";

/** What `status` is printed for. */
export interface StatusOptions {
  /** The clock the status is read at: the running bot's when there is one. */
  now: Date;
  /** Times are shown here (the program's time zone). */
  timeZone: string;
  /** The channels the running bot sends on, when known (see upcomingWork). */
  channels?: readonly string[];
  /** Who and what no running channel reaches; printed when given. */
  reach?: ReachCheck;
}

/** Up to this many members are named in a reminder's line; the rest are counted. */
const MEMBERS_SHOWN = 4;

function members(ids: string[], name: Namer): string {
  const shown = ids.slice(0, MEMBERS_SHOWN).map(name);
  if (ids.length > MEMBERS_SHOWN) shown.push(`${ids.length - MEMBERS_SHOWN} more`);
  return shown.join(", ");
}

/** One upcoming thing in words. */
function describe(w: UpcomingWork, name: Namer, tz: string): string {
  switch (w.kind) {
    case "prompt":
      return `check-in to ${name(w.participantId)}`;
    case "nudge":
      return `nudge to ${name(w.participantId)} (no reply to the check-in yet)`;
    case "expire":
      return `check-in of ${name(w.participantId)} closes`;
    case "welcome":
      return `welcome text to ${name(w.participantId)}`;
    case "reminder": {
      const to = w.members.length === 0 ? "the group's channel only" : `${members(w.members, name)} and the group's channel`;
      return `reminder of the ${name(w.groupId)} session at ${formatStaffTime(w.sessionAt, tz)} to ${to}`;
    }
    case "digest":
      return `daily summary to ${name(w.counselorId)}`;
    case "inbox_notice":
      return `unread-messages notice to ${name(w.counselorId)}`;
    case "reescalate": {
      const who = w.participantId ? name(w.participantId) : "an unenrolled sender";
      return w.first ? `alert ${w.code} for ${who} is sent (held for office hours)` : `alert ${w.code} for ${who} goes to the next person if still not acknowledged`;
    }
    case "screen_timeout":
      return `crisis alert for ${name(w.participantId)} if the suicide question is still unanswered`;
    case "inbox_overdue":
      return `unread message for ${name(w.counselorId)} goes to ${name(w.supervisorId)}`;
    case "other":
      return w.jobKind;
  }
}

/** Who acknowledged an alert; an actor the program does not know as a counselor (rows written by older versions) is said to be none. */
function acknowledged(id: string | null, name: Namer): string {
  const named = id ? name(id) : "";
  return named && named !== id ? `acknowledged by ${named}` : "acknowledged (no counselor recorded)";
}

/**
 * Prints what will happen next and the open alerts, in the program's time zone: names beside
 * ids, alert codes, reasons in the words alerts use. Only what will really happen is listed.
 */
export async function printStatus(db: Db, o: StatusOptions, print: (line: string) => void): Promise<void> {
  const at = (d: Date) => formatStaffTime(d, o.timeZone);
  const name = await peopleNames(db);
  const { items, more } = await upcomingWork(db, o.now, { limit: 10, channels: o.channels });
  const queued = await db.outbox.count({ where: { status: "pending" } });
  print(`Now: ${formatStaffTime(o.now, o.timeZone, { year: true })}`);
  print(items.length === 0 ? "Nothing scheduled." : "Next due:");
  for (const w of items) print(`  ${at(w.at)}  ${describe(w, name, o.timeZone)}`);
  if (more) print("  ...");
  print(`Outbox: ${queued} message(s) waiting.`);
  const open = await openAlerts(db);
  print(open.length === 0 ? "No open alerts." : "Open alerts:");
  for (const e of open) {
    const state = e.status === "open" ? "open" : acknowledged(e.acknowledgedBy, name);
    print(`  ${e.code}  ${e.level.padEnd(7)} ${e.participantId ? name(e.participantId) : "unenrolled sender"}  ${reasonWords(e.reasons)}  ${state}  since ${at(e.createdAt)}`);
  }
  if (o.reach) await printUnreachable(db, o.reach, print);
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
