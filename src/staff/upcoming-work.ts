import { parseCheckinState } from "../checkin/checkin-state.ts";
import { isEnrolled } from "../inbound/handle-participant.ts";
import type { Db } from "../store/create-db.ts";
import { localDate } from "../time/local-date.ts";

/**
 * One thing the scheduler will really do, as staff tools list it: ids only (the caller adds
 * names), never a message's text. A pending job that would do nothing when it runs (the nudge
 * of a check-in already answered, a reminder to people who all opted out) is not one.
 */
export type UpcomingWork = { at: Date } & (
  | { kind: "prompt" | "nudge" | "expire"; participantId: string }
  | { kind: "welcome"; participantId: string }
  /** `members`: the group's members it goes to; the group's channels get their own name-free copy. */
  | { kind: "reminder"; groupId: string; sessionAt: Date; members: string[] }
  | { kind: "digest" | "inbox_notice"; counselorId: string }
  /** `first`: the alert's first page, held for office hours; otherwise the next step up the ladder. */
  | { kind: "reescalate"; code: string; participantId: string | null; first: boolean }
  | { kind: "screen_timeout"; participantId: string }
  | { kind: "inbox_overdue"; counselorId: string; supervisorId: string }
  | { kind: "other"; jobKind: string }
);

/** What is coming, soonest first, and whether more is pending beyond `limit`. */
export interface Upcoming {
  items: UpcomingWork[];
  more: boolean;
}

/** Pending jobs read at a time while looking for `limit` that will do something. */
const PAGE = 200;

interface Job {
  id: string;
  kind: string;
  dueAt: Date;
  refId: string;
  payloadJson: string;
}

/**
 * The next `limit` things the scheduler will do, from the pending jobs, soonest first, each
 * checked the way its job checks when it runs (src/schedule/, src/safety/, src/inbox/).
 * `channels`: the channels the running bot sends on, when known; a participant reachable on
 * none of them gets nothing routine. Without it any consented address counts.
 */
export async function upcomingWork(db: Db, now: Date, o: { limit?: number; channels?: readonly string[] } = {}): Promise<Upcoming> {
  const limit = o.limit ?? 10;
  const items: UpcomingWork[] = [];
  let after: { dueAt: Date; id: string } | null = null;
  for (;;) {
    const page: Job[] = await db.job.findMany({
      where: { status: "pending", ...(after ? { OR: [{ dueAt: { gt: after.dueAt } }, { dueAt: after.dueAt, id: { gt: after.id } }] } : {}) },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: PAGE,
      select: { id: true, kind: true, dueAt: true, refId: true, payloadJson: true },
    });
    for (const item of await realWork(db, page, now, o.channels)) {
      if (items.length === limit) return { items, more: true };
      items.push(item);
    }
    if (page.length < PAGE) return { items, more: false };
    const last = page[page.length - 1]!;
    after = { dueAt: last.dueAt, id: last.id };
  }
}

/** The jobs of one page that will do something, in order. */
async function realWork(db: Db, jobs: Job[], now: Date, channels: readonly string[] | undefined): Promise<UpcomingWork[]> {
  const refs = (...kinds: string[]) => [...new Set(jobs.filter((j) => kinds.includes(j.kind)).map((j) => j.refId))];
  const checkins = new Map(
    (await db.checkIn.findMany({ where: { id: { in: refs("prompt", "nudge", "expire") } }, select: { id: true, participantId: true, status: true, localDate: true, stateJson: true, nudgeAt: true, expiresAt: true } })).map((c) => [c.id, c]),
  );
  const reminders = jobs.filter((j) => j.kind === "reminder").map((j) => ({ job: j, payload: reminderPayload(j.payloadJson) }));
  const groupIds = [...new Set(reminders.flatMap((r) => (r.payload ? [r.payload.groupId] : [])))];
  const participantIds = [...new Set([...[...checkins.values()].map((c) => c.participantId), ...refs("welcome")])];
  const participants = new Map(
    (
      await db.participant.findMany({
        where: { OR: [{ id: { in: participantIds } }, { groupId: { in: groupIds } }] },
        select: { id: true, groupId: true, active: true, optedOutAt: true, startDate: true, endDate: true, timeZone: true },
      })
    ).map((p) => [p.id, p]),
  );
  const reachable = new Set(
    (
      await db.address.findMany({
        where: { ownerKind: "participant", ownerId: { in: [...participants.keys()] }, consentAt: { not: null }, optedOutAt: null, unreachableAt: null },
        select: { ownerId: true, channel: true },
      })
    )
      .filter((a) => !channels || channels.includes(a.channel))
      .map((a) => a.ownerId),
  );
  const groups = new Map((await db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, active: true } })).map((g) => [g.id, g]));
  const escalations = new Map((await db.escalation.findMany({ where: { id: { in: refs("reescalate") } }, select: { id: true, code: true, participantId: true, status: true } })).map((e) => [e.id, e]));
  const screenings = new Map((await db.screening.findMany({ where: { id: { in: refs("screen_timeout") } }, select: { id: true, participantId: true, status: true } })).map((s) => [s.id, s]));
  const inboxItems = new Map((await db.inboxItem.findMany({ where: { id: { in: refs("inbox_overdue") } }, select: { id: true, counselorId: true, status: true, escalatedTo: true } })).map((i) => [i.id, i]));
  const counselors = new Map((await db.counselor.findMany({ select: { id: true, active: true, supervisorId: true } })).map((c) => [c.id, c]));

  /** Whether routine messages reach this participant at `at`: enrolled, not opted out, a channel to use. */
  const routine = (pid: string, at: Date) => {
    const p = participants.get(pid);
    return !!p && p.optedOutAt === null && isEnrolled(p, at) && reachable.has(pid);
  };
  const out: UpcomingWork[] = [];
  for (const j of jobs) {
    const at = j.dueAt;
    switch (j.kind) {
      case "prompt":
      case "nudge":
      case "expire": {
        const c = checkins.get(j.refId);
        if (!c) break;
        if (j.kind === "prompt" && (c.status !== "scheduled" || !routine(c.participantId, at))) break;
        if (j.kind === "expire" && c.status !== "open" && c.status !== "scheduled") break;
        if (j.kind === "nudge") {
          const state = parseCheckinState(c.stateJson);
          if (c.status !== "open" || state.replied || state.paused || at >= c.expiresAt || !routine(c.participantId, at)) break;
        }
        out.push({ at, kind: j.kind, participantId: c.participantId });
        break;
      }
      case "welcome": {
        const p = participants.get(j.refId);
        if (!p || !p.active || p.optedOutAt !== null || localDate(at, p.timeZone) > p.endDate) break;
        out.push({ at, kind: "welcome", participantId: p.id });
        break;
      }
      case "reminder": {
        const payload = reminders.find((r) => r.job === j)?.payload;
        if (!payload || !groups.get(payload.groupId)?.active || at >= payload.sessionAt) break;
        const members = [...participants.values()].filter((p) => p.groupId === payload.groupId && p.active && routine(p.id, payload.sessionAt)).map((p) => p.id).sort();
        out.push({ at, kind: "reminder", groupId: payload.groupId, sessionAt: payload.sessionAt, members });
        break;
      }
      case "digest":
      case "inbox_notice":
        if (counselors.get(j.refId)?.active) out.push({ at, kind: j.kind, counselorId: j.refId });
        break;
      case "reescalate": {
        const e = escalations.get(j.refId);
        if (e?.status !== "open") break;
        out.push({ at, kind: "reescalate", code: e.code, participantId: e.participantId, first: isFirstAlert(j.payloadJson) });
        break;
      }
      case "screen_timeout": {
        const s = screenings.get(j.refId);
        if (s?.status === "open") out.push({ at, kind: "screen_timeout", participantId: s.participantId });
        break;
      }
      case "inbox_overdue": {
        const item = inboxItems.get(j.refId);
        const supervisorId = item ? counselors.get(item.counselorId)?.supervisorId : null;
        if (item?.status === "unread" && item.escalatedTo === null && supervisorId) out.push({ at, kind: "inbox_overdue", counselorId: item.counselorId, supervisorId });
        break;
      }
      default:
        out.push({ at, kind: "other", jobKind: j.kind });
    }
  }
  return out;
}

function reminderPayload(json: string): { groupId: string; sessionAt: Date } | null {
  try {
    const r = JSON.parse(json) as { groupId?: unknown; start?: unknown };
    return typeof r.groupId === "string" && typeof r.start === "string" ? { groupId: r.groupId, sessionAt: new Date(r.start) } : null;
  } catch {
    return null;
  }
}

function isFirstAlert(json: string): boolean {
  try {
    return (JSON.parse(json) as { step?: unknown }).step === 0;
  } catch {
    return false;
  }
}
