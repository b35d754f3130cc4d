import { channelRank, needsProgramAddress } from "../channel/channel-registry.ts";
import type { ReachInput } from "../program/find-unreachable.ts";
import { localDate } from "../time/local-date.ts";
import type { Db } from "./create-db.ts";

/**
 * What findUnreachable needs, from the database as the last sync left it: active counselors
 * and groups, participants not yet discharged, and their addresses with consent and opt-outs.
 */
export async function loadReachInput(db: Db, now: Date): Promise<ReachInput> {
  const [participants, counselors, groups, addresses] = await Promise.all([
    db.participant.findMany({ where: { active: true }, select: { id: true, counselorId: true, timeZone: true, endDate: true, optedOutAt: true } }),
    db.counselor.findMany({ where: { active: true }, select: { id: true } }),
    db.group.findMany({ where: { active: true }, select: { id: true, channelsJson: true } }),
    db.address.findMany({ select: { channel: true, ownerKind: true, ownerId: true, consentAt: true, optedOutAt: true } }),
  ]);
  // The registry's order, so a person's channels are always listed the same way.
  addresses.sort((a, b) => channelRank(a.channel) - channelRank(b.channel));
  const byOwner = new Map<string, ReachInput["participants"][number]["addresses"]>();
  for (const a of addresses) {
    // A channel addressed by id reaches no one outside this process (see channelsThatReach).
    if (!needsProgramAddress(a.channel)) continue;
    const key = `${a.ownerKind}:${a.ownerId}`;
    const list = byOwner.get(key) ?? [];
    list.push({ channel: a.channel, consent: a.consentAt !== null, optedOut: a.optedOutAt !== null });
    byOwner.set(key, list);
  }
  return {
    participants: participants
      .filter((p) => localDate(now, p.timeZone) <= p.endDate)
      .map((p) => ({ id: p.id, counselorId: p.counselorId, optedOut: p.optedOutAt !== null, addresses: byOwner.get(`participant:${p.id}`) ?? [] })),
    groups: groups.map((g) => ({ id: g.id, channels: Object.keys(JSON.parse(g.channelsJson) as Record<string, string>) })),
    counselors: counselors.map((c) => ({ id: c.id, addresses: byOwner.get(`counselor:${c.id}`) ?? [] })),
  };
}
