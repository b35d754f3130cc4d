import type { App } from "../app.ts";
import type { ConsoleMode } from "./console-mode.ts";

/** Messages read per direction; the console is a demo, a busy database shows its most recent ones. */
const MESSAGE_LIMIT = 2000;

/** An escalation as its alert card shows it. */
export interface ConsoleEscalation {
  code: string;
  level: string;
  status: string;
  participantId: string | null;
  acknowledgedBy: string | null;
  resolvedBy: string | null;
}

/** One message in a thread. */
export interface ConsoleMessage {
  id: string;
  /** "in": the person sent it; "out": Steady sent it to them. */
  dir: "in" | "out";
  at: string;
  text: string;
  /** Outbound kind (prompt, reply, crisis, alert, ...) or "message" for what a person sent. */
  kind: string;
  channel: string;
  /** Alerts only: the escalation the alert is about, as it stands now. */
  escalation?: ConsoleEscalation;
}

/** A participant's phone, a counselor's inbox or a group's channel. */
export interface ConsoleThread {
  id: string;
  name: string;
  timeZone: string;
  messages: ConsoleMessage[];
  /** Participants only. */
  optedOut?: boolean;
}

/** Everything the page shows; GET /console/state returns it and the event stream pushes it. */
export interface ConsoleState {
  mode: Exclude<ConsoleMode, "off">;
  now: string;
  nextDueAt: string | null;
  program: { name: string; timeZone: string };
  phones: ConsoleThread[];
  counselors: ConsoleThread[];
  groups: ConsoleThread[];
}

interface Sortable {
  message: ConsoleMessage;
  time: number;
  /** Orders messages of the same instant: what was queued before the person wrote, their message, then the answer. */
  rank: number;
}

/**
 * Reads what each phone, inbox and channel received from the database: outbox rows that were
 * sent (by this process or another, such as the CLI's `reply`), plus `inFlight`, rows the local
 * channel delivered a moment ago that are not yet marked sent.
 */
export async function readConsoleState(app: Pick<App, "db" | "engine">, o: { mode: ConsoleState["mode"]; inFlight: ReadonlyMap<string, Date> }): Promise<ConsoleState> {
  const { db, engine } = app;
  const now = engine.ctx.clock();
  const [participants, counselors, groups, outRows, inRows, nextDueAt] = await Promise.all([
    db.participant.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true, timeZone: true, optedOutAt: true } }),
    db.counselor.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.group.findMany({ where: { active: true }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    db.outbox.findMany({
      where: { OR: [{ status: { in: ["sent", "delivered"] } }, { id: { in: [...o.inFlight.keys()] } }] },
      orderBy: { createdAt: "desc" },
      take: MESSAGE_LIMIT,
    }),
    db.inbound.findMany({ where: { ownerId: { not: null } }, orderBy: { receivedAt: "desc" }, take: MESSAGE_LIMIT }),
    engine.nextDueAt(),
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
    const sentAt = r.sentAt ?? o.inFlight.get(r.id) ?? r.dueAt;
    const escalation = r.escalationId ? escalations.get(r.escalationId) : undefined;
    add(`${r.recipientKind}:${r.recipientId}`, {
      message: { id: r.id, dir: "out", at: sentAt.toISOString(), text: r.text, kind: r.kind, channel: r.channel, ...(escalation ? { escalation } : {}) },
      time: sentAt.getTime(),
      rank: r.createdAt < sentAt ? 0 : 2,
    });
  }
  for (const r of inRows.toReversed()) {
    add(`${r.ownerKind}:${r.ownerId}`, {
      message: { id: `in-${r.id}`, dir: "in", at: r.receivedAt.toISOString(), text: r.text, kind: "message", channel: r.channel },
      time: r.receivedAt.getTime(),
      rank: 1,
    });
  }
  const thread = (key: string) => (threads.get(key) ?? []).sort((a, b) => a.time - b.time || a.rank - b.rank).map((s) => s.message);

  const programTz = engine.ctx.program.program.timeZone;
  return {
    mode: o.mode,
    now: now.toISOString(),
    nextDueAt: nextDueAt?.toISOString() ?? null,
    program: { name: engine.ctx.program.program.name, timeZone: programTz },
    phones: participants.map((p) => ({ id: p.id, name: p.name, timeZone: p.timeZone, optedOut: p.optedOutAt !== null, messages: thread(`participant:${p.id}`) })),
    counselors: counselors.map((c) => ({ id: c.id, name: c.name, timeZone: programTz, messages: thread(`counselor:${c.id}`) })),
    groups: groups.map((g) => ({ id: g.id, name: g.name, timeZone: programTz, messages: thread(`group:${g.id}`) })),
  };
}
