import type { ParticipantSummary } from "../domain/participant-summary.ts";
import type { Db } from "../store/create-db.ts";

/** Everything stored about one participant, by kind, oldest first: what `steady export` writes. */
export interface ParticipantRecord {
  participant: ParticipantSummary & { optedOutAt: Date | null };
  /** Where they are reached, with the consent recorded for each channel. */
  contacts: { channel: string; address: string; consentAt: Date | null; consentHow: string | null; optedOutAt: Date | null; unreachableAt: Date | null }[];
  checkins: { date: string; status: string; promptAt: Date; lastReplyAt: Date | null; mood: number | null; craving: number | null; meeting: boolean | null; note: string | null; closedAt: Date | null }[];
  /** "in": they sent it; "out": Steady (or their counselor, through it) sent it. Blank text: removed by retention. */
  messages: { at: Date; direction: "in" | "out"; channel: string; kind: string; status: string; text: string }[];
  escalations: { code: string; createdAt: Date; level: string; reasons: string[]; source: string; status: string; acknowledgedAt: Date | null; acknowledgedBy: string | null; resolvedAt: Date | null; resolvedBy: string | null; notes: { at: Date; counselorId: string; action: string; note: string }[] }[];
  consent: { at: Date; channel: string; action: string; source: string; detail: string | null }[];
}

/** The record kinds written as CSV files, one file each. */
export const CSV_KINDS = ["checkins", "messages", "escalations", "consent"] as const;

/** Reads everything stored about a participant; null when no participant has this id. */
export async function participantRecord(db: Db, participantId: string): Promise<ParticipantRecord | null> {
  const p = await db.participant.findUnique({ where: { id: participantId } });
  if (!p) return null;
  const [contacts, checkins, inbound, outbound, escalations, consent] = await Promise.all([
    db.address.findMany({ where: { ownerKind: "participant", ownerId: participantId }, orderBy: { id: "asc" } }),
    db.checkIn.findMany({ where: { participantId, status: { not: "scheduled" } }, orderBy: { localDate: "asc" } }),
    db.inbound.findMany({ where: { ownerKind: "participant", ownerId: participantId }, orderBy: { id: "asc" } }),
    db.outbox.findMany({ where: { recipientKind: "participant", recipientId: participantId, kind: { not: "edit" } }, orderBy: { createdAt: "asc" } }),
    db.escalation.findMany({ where: { participantId }, orderBy: { createdAt: "asc" } }),
    db.consentEvent.findMany({ where: { participantId }, orderBy: { id: "asc" } }),
  ]);
  const actions = escalations.length
    ? await db.staffAction.findMany({ where: { escalationId: { in: escalations.map((e) => e.id) }, outcome: "done", note: { not: null } }, orderBy: { id: "asc" } })
    : [];
  const messages: ParticipantRecord["messages"] = [
    ...inbound.map((m) => ({ at: m.receivedAt, direction: "in" as const, channel: m.channel, kind: m.groupId ? "group_message" : "message", status: "received", text: m.text })),
    ...outbound.map((m) => ({ at: m.sentAt ?? m.createdAt, direction: "out" as const, channel: m.channel, kind: m.kind, status: m.status, text: m.text })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    participant: {
      id: p.id,
      name: p.name,
      counselorId: p.counselorId,
      groupId: p.groupId,
      language: p.language,
      timeZone: p.timeZone,
      startDate: p.startDate,
      endDate: p.endDate,
      active: p.active,
      optedOutAt: p.optedOutAt,
    },
    contacts: contacts.map((a) => ({ channel: a.channel, address: a.address, consentAt: a.consentAt, consentHow: a.consentHow, optedOutAt: a.optedOutAt, unreachableAt: a.unreachableAt })),
    checkins: checkins.map((c) => ({ date: c.localDate, status: c.status, promptAt: c.promptAt, lastReplyAt: c.lastReplyAt, mood: c.mood, craving: c.craving, meeting: c.meeting, note: c.note, closedAt: c.closedAt })),
    messages,
    escalations: escalations.map((e) => ({
      code: e.code,
      createdAt: e.createdAt,
      level: e.level,
      reasons: JSON.parse(e.reasonsJson) as string[],
      source: e.source,
      status: e.status,
      acknowledgedAt: e.acknowledgedAt,
      acknowledgedBy: e.acknowledgedBy,
      resolvedAt: e.resolvedAt,
      resolvedBy: e.resolvedBy,
      notes: actions.filter((a) => a.escalationId === e.id).map((a) => ({ at: a.at, counselorId: a.counselorId, action: a.action, note: a.note! })),
    })),
    consent: consent.map((c) => ({ at: c.at, channel: c.channel, action: c.action, source: c.source, detail: c.detail })),
  };
}
