import type { Db, Tx } from "../store/create-db.ts";
import { recordAudit } from "./record-audit.ts";

/** What one retention run blanked, by kind of text. */
export interface RetentionCounts {
  /** Participants whose text was kept this time: an alert not resolved, a message unread or a screening open. */
  heldParticipants: number;
  inbound: number;
  outbox: number;
  checkInNotes: number;
  inboxItems: number;
  escalationExcerpts: number;
  screenings: number;
  staffNotes: number;
}

/**
 * Blanks the words stored more than `days` days before `now`, keeping every row and every
 * structured value: inbound and outbound message text (outbound once it is no longer waiting
 * to go), check-in notes and text answers (mood, cravings and meeting stay), inbox item text,
 * escalation excerpts, screening texts and the notes staff kept with their actions. Text of a
 * participant that someone still needs is kept until it is not: while they have an alert not
 * yet resolved, an inbox message not yet read, or an open screening (and the notes kept on an
 * alert not yet resolved); a later run blanks it.
 * One transaction, with its `retention_run` audit event.
 */
export async function runRetention(db: Db, days: number, now: Date): Promise<RetentionCounts> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.$transaction(async (tx) => {
    const { participants, escalations } = await stillNeeded(tx);
    const held = [...participants];
    // No filter at all when nobody is held (an OR with an empty branch matches nothing in Prisma).
    const notHeld = held.length > 0 ? { notIn: held } : undefined;
    const inbound = await tx.inbound.updateMany({
      where: { receivedAt: { lt: cutoff }, text: { not: "" }, ...(notHeld ? { OR: [{ ownerKind: { not: "participant" } }, { ownerKind: null }, { ownerId: notHeld }] } : {}) },
      data: { text: "" },
    });
    const outbox = await tx.outbox.updateMany({
      where: { createdAt: { lt: cutoff }, status: { not: "pending" }, text: { not: "" }, ...(notHeld ? { OR: [{ recipientKind: { not: "participant" } }, { recipientId: notHeld }] } : {}) },
      data: { text: "" },
    });
    const checkInNotes = await blankCheckInWords(tx, cutoff, held);
    const inboxItems = await tx.inboxItem.updateMany({ where: { createdAt: { lt: cutoff }, status: { not: "unread" }, text: { not: "" }, participantId: notHeld }, data: { text: "" } });
    const escalationExcerpts = await tx.escalation.updateMany({ where: { createdAt: { lt: cutoff }, status: "resolved", excerpt: { not: null } }, data: { excerpt: null } });
    const screenings = await tx.screening.updateMany({ where: { askedAt: { lt: cutoff }, status: { not: "open" }, text: { not: "" }, participantId: notHeld }, data: { text: "" } });
    const staffNotes = await tx.staffAction.updateMany({
      where: { at: { lt: cutoff }, note: { not: null }, ...(escalations.length > 0 ? { OR: [{ escalationId: null }, { escalationId: { notIn: escalations } }] } : {}) },
      data: { note: null },
    });
    const counts: RetentionCounts = {
      heldParticipants: held.length,
      inbound: inbound.count,
      outbox: outbox.count,
      checkInNotes,
      inboxItems: inboxItems.count,
      escalationExcerpts: escalationExcerpts.count,
      screenings: screenings.count,
      staffNotes: staffNotes.count,
    };
    await recordAudit(tx, { at: now, actorKind: "system", actorId: "retention", action: "retention_run", via: "job", detail: { days, cutoff: cutoff.toISOString(), ...counts } });
    return counts;
  });
}

/**
 * What is still needed: the participants with an alert not resolved, an unread inbox message or
 * an open screening, and the alerts not resolved (their staff notes stay too).
 */
async function stillNeeded(tx: Tx): Promise<{ participants: Set<string>; escalations: string[] }> {
  const [alerts, unread, screens] = await Promise.all([
    tx.escalation.findMany({ where: { status: { not: "resolved" } }, select: { id: true, participantId: true } }),
    tx.inboxItem.findMany({ where: { status: "unread" }, select: { participantId: true }, distinct: ["participantId"] }),
    tx.screening.findMany({ where: { status: "open" }, select: { participantId: true }, distinct: ["participantId"] }),
  ]);
  const participants = new Set([...alerts.flatMap((a) => (a.participantId ? [a.participantId] : [])), ...unread.map((u) => u.participantId), ...screens.map((s) => s.participantId)]);
  return { participants, escalations: alerts.map((a) => a.id) };
}

/**
 * Check-ins answered before the cutoff lose their note and any text answer (a string in the
 * answers, in answersJson and in the conversation state); numbers and yes/no stay.
 */
async function blankCheckInWords(tx: Tx, cutoff: Date, held: string[]): Promise<number> {
  const rows = await tx.checkIn.findMany({
    where: {
      promptAt: { lt: cutoff },
      OR: [{ note: { not: null } }, { answersJson: { contains: '":"' } }],
      ...(held.length > 0 ? { participantId: { notIn: held } } : {}),
    },
    select: { id: true, answersJson: true, stateJson: true },
  });
  let changed = 0;
  for (const r of rows) {
    await tx.checkIn.update({ where: { id: r.id }, data: { note: null, answersJson: withoutWords(r.answersJson), stateJson: withoutWords(r.stateJson, "answers") } });
    changed++;
  }
  return changed;
}

/** The JSON with every string answer set to null (at the top, or under `key`); unreadable JSON unchanged. */
function withoutWords(json: string, key?: string): string {
  try {
    const doc = JSON.parse(json) as Record<string, unknown>;
    const answers = (key ? doc[key] : doc) as Record<string, unknown> | undefined;
    if (!answers || typeof answers !== "object") return json;
    for (const [k, v] of Object.entries(answers)) if (typeof v === "string") answers[k] = null;
    return JSON.stringify(doc);
  } catch {
    return json;
  }
}
