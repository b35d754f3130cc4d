import { choicesAsText } from "../channel/choices-as-text.ts";
import type { AlertForm } from "../escalation/first-alert-form.ts";
import { storedChoices } from "../outbox/outbox-draft.ts";
import type { Db } from "../store/create-db.ts";

/** Messages read per direction by default; a busy database shows its most recent ones. */
export const THREAD_MESSAGE_LIMIT = 2000;

/** The alert an alert message is about, as it stands now. */
export interface ThreadEscalation {
  code: string;
  level: string;
  status: string;
  participantId: string | null;
  acknowledgedBy: string | null;
  resolvedBy: string | null;
}

/** One message in a thread. */
export interface ThreadMessage {
  id: string;
  /** "in": the person sent it; "out": Steady sent it to them. */
  dir: "in" | "out";
  at: Date;
  text: string;
  /** Outbound kind (prompt, reply, crisis, alert, ...) or "message" for what a person sent. */
  kind: string;
  channel: string;
  /** Alerts only: the escalation the alert is about. */
  escalation?: ThreadEscalation;
  /**
   * An alert that went by a channel standing in for the counselor's own, shown as their first
   * channel gets it (alertsAsReceived): that channel and the form.
   */
  receivedAs?: AlertForm;
}

/** Which threads to read: everyone's, or one person's or group's. */
export interface ThreadQuery {
  owner?: { kind: "participant" | "counselor" | "group"; id: string };
  /** Only messages at or after this instant. */
  since?: Date;
  limit?: number;
  /** Outbox rows a channel delivered a moment ago that are not yet marked sent, with when. */
  inFlight?: ReadonlyMap<string, Date>;
}

interface Sortable {
  message: ThreadMessage;
  time: number;
  /** Orders messages of the same instant: what was queued before the person wrote, their message, then the answer. */
  rank: number;
}

/**
 * What each phone, inbox and group channel received and sent, from the database: outbox rows
 * that were sent (by this process or another, such as the CLI's `reply`), plus `inFlight`,
 * and inbound messages from known people. Keyed "participant:<id>", "counselor:<id>" or
 * "group:<id>", each thread oldest first.
 */
export async function messageThreads(db: Db, q: ThreadQuery = {}): Promise<Map<string, ThreadMessage[]>> {
  const limit = q.limit ?? THREAD_MESSAGE_LIMIT;
  const inFlight = q.inFlight ?? new Map<string, Date>();
  const outOwner = q.owner ? { recipientKind: q.owner.kind, recipientId: q.owner.id } : {};
  const inOwner = q.owner ? { ownerKind: q.owner.kind, ownerId: q.owner.id } : { ownerId: { not: null } };
  const [outRows, inRows] = await Promise.all([
    db.outbox.findMany({
      // An edit changes a message already in the thread; it is not one of its own.
      where: { ...outOwner, kind: { not: "edit" }, OR: [{ status: { in: ["sent", "delivered"] } }, { id: { in: [...inFlight.keys()] } }], ...(q.since ? { createdAt: { gte: q.since } } : {}) },
      orderBy: { createdAt: "desc" },
      take: limit,
    }),
    // A group message is kept (text and all) only when it was a crisis; the rest are not a conversation with the bot.
    db.inbound.findMany({ where: { ...inOwner, OR: [{ groupId: null }, { riskLevel: "crisis" }], ...(q.since ? { receivedAt: { gte: q.since } } : {}) }, orderBy: { receivedAt: "desc" }, take: limit }),
  ]);
  const escalationIds = [...new Set(outRows.map((r) => r.escalationId).filter((id): id is string => !!id))];
  const escalations = new Map(
    (escalationIds.length ? await db.escalation.findMany({ where: { id: { in: escalationIds } } }) : []).map((e) => [
      e.id,
      { code: e.code, level: e.level, status: e.status, participantId: e.participantId, acknowledgedBy: e.acknowledgedBy, resolvedBy: e.resolvedBy },
    ]),
  );

  const threads = new Map<string, Sortable[]>();
  const add = (key: string, s: Sortable) => (threads.get(key) ?? threads.set(key, []).get(key)!).push(s);
  // Rows come newest first (for the limit); oldest first keeps same-instant messages in order.
  for (const r of outRows.toReversed()) {
    const sentAt = r.sentAt ?? inFlight.get(r.id) ?? r.dueAt;
    const escalation = r.escalationId ? escalations.get(r.escalationId) : undefined;
    add(`${r.recipientKind}:${r.recipientId}`, {
      message: { id: r.id, dir: "out", at: sentAt, text: choicesAsText({ text: r.text, ...storedChoices(r) }), kind: r.kind, channel: r.channel, ...(escalation ? { escalation } : {}) },
      time: sentAt.getTime(),
      rank: r.createdAt < sentAt ? 0 : 2,
    });
  }
  for (const r of inRows.toReversed()) {
    add(`${r.ownerKind}:${r.ownerId}`, {
      message: { id: `in-${r.id}`, dir: "in", at: r.receivedAt, text: r.text, kind: "message", channel: r.channel },
      time: r.receivedAt.getTime(),
      rank: 1,
    });
  }
  return new Map([...threads].map(([key, list]) => [key, list.sort((a, b) => a.time - b.time || a.rank - b.rank).map((s) => s.message)]));
}
