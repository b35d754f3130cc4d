import type { ChannelName } from "../domain/types.ts";
import { escalationLadder } from "../escalation/escalation-ladder.ts";
import type { Logger } from "../log/logger.ts";
import { staff } from "../messages/staff.ts";
import { isCounselorsConcern, type Unreachable } from "../program/find-unreachable.ts";
import type { Db } from "../store/create-db.ts";
import { nextOfficeOpening, type OfficeHours } from "../time/office-hours.ts";
import { outboxRow } from "./outbox-draft.ts";
import { counselorAddresses } from "./pick-address.ts";

/**
 * The outbox key of a notice: one per person and cause, ever. The key is unique, so a restart,
 * another sync or a second instance finds it there and writes nothing; a new cause for the
 * same person is a new key, and is told.
 */
export function unreachableNoticeKey(u: Pick<Unreachable, "id" | "cause">): string {
  return `unreachable-setup:${u.id}:${u.cause}`;
}

/**
 * Tells the care team, through the outbox, who cannot be reached: a participant's assigned
 * counselor of each participant no running channel reaches (not of an opt-out: that is the
 * participant's choice), and a counselor's supervisor of a counselor alerts cannot reach.
 * When that person cannot be reached either, the next on the ladder is told instead, as an
 * alert would go: the on-call order, then the supervisor. `running` are the channels this
 * process sends on. A participant's setup is office work: that notice waits for the office to
 * open (a restart at 2 AM wakes nobody); a counselor alerts cannot reach is told at once,
 * since tonight's alerts are at stake. Returns how many notices were newly queued.
 */
export async function tellUnreachable(
  db: Db,
  found: Unreachable[],
  o: { running: ReadonlySet<string>; now: Date; logger: Logger; office: { timeZone: string; officeHours: OfficeHours } },
): Promise<number> {
  const { running, now, logger } = o;
  const concerns = found.filter((u) => isCounselorsConcern(u) || u.kind === "counselor");
  if (concerns.length === 0) return 0;
  const [counselors, addresses] = await Promise.all([
    db.counselor.findMany({ where: { active: true }, select: { id: true, onCallOrder: true, supervisorId: true } }),
    db.address.findMany({ where: { ownerKind: "counselor" } }),
  ]);
  const told = new Set((await db.outbox.findMany({ where: { idempotencyKey: { in: concerns.map(unreachableNoticeKey) } }, select: { idempotencyKey: true } })).map((r) => r.idempotencyKey));
  const unreachable = new Set(found.filter((u) => u.kind === "counselor").map((u) => u.id));
  const addressOf = (id: string) => (unreachable.has(id) ? undefined : counselorAddresses(addresses.filter((a) => a.ownerId === id), running).find((a) => !a.unreachableAt));
  let queued = 0;
  for (const u of concerns) {
    if (told.has(unreachableNoticeKey(u))) continue;
    const ladder =
      u.kind === "counselor"
        ? [...new Set([counselors.find((c) => c.id === u.id)?.supervisorId ?? null, ...escalationLadder(null, counselors)].filter((x): x is string => x !== null && x !== u.id))]
        : escalationLadder(u.counselorId ?? null, counselors);
    const to = ladder.find((id) => addressOf(id) !== undefined);
    if (to === undefined) {
      logger.error("unreachable_notice_unsent", { kind: u.kind, id: u.id, cause: u.cause });
      continue;
    }
    const address = addressOf(to)!;
    const row = outboxRow(
      {
        channel: address.channel as ChannelName,
        address: address.address,
        recipientKind: "counselor",
        recipientId: to,
        kind: "system",
        text: staff.unreachableSetup({ who: u.id, cause: u.cause as "no_running_channel" | "no_consent" | "counselor_unreachable", channels: u.channels }),
        idempotencyKey: unreachableNoticeKey(u),
        dueAt: u.kind === "counselor" ? now : nextOfficeOpening(now, o.office.timeZone, o.office.officeHours),
      },
      now,
    );
    const made = await db.outbox.createMany({ data: [row] }).catch(() => ({ count: 0 })); // told before, by this or another instance
    if (made.count > 0) {
      queued++;
      logger.info("unreachable_notice_queued", { kind: u.kind, id: u.id, cause: u.cause, to });
    }
  }
  return queued;
}
