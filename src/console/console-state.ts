import type { Engine } from "../engine/create-engine.ts";
import type { Unreachable } from "../program/find-unreachable.ts";
import { unreachableBadge, unreachableReason } from "../program/unreachable-words.ts";
import type { AlertForm } from "../escalation/first-alert-form.ts";
import { alertsAsReceived, counselorAlertForms } from "../staff/alerts-as-received.ts";
import { messageThreads, type ThreadEscalation, type ThreadMessage } from "../staff/message-threads.ts";
import { readDirectory } from "../staff/read-directory.ts";
import { staffRoles } from "../staff/staff-roles.ts";
import type { ConsoleMode } from "./console-mode.ts";

/** An escalation as its alert card shows it. */
export type ConsoleEscalation = ThreadEscalation;

/** One message in a thread, its time as an ISO string for the page. */
export type ConsoleMessage = Omit<ThreadMessage, "at"> & { at: string };

/** A participant's phone, a counselor's inbox or a group's channel. */
export interface ConsoleThread {
  id: string;
  name: string;
  timeZone: string;
  messages: ConsoleMessage[];
  /** Participants only. */
  optedOut?: boolean;
  /** Set when no running channel reaches them: a short badge and why, in plain words. */
  unreachable?: { badge: string; reason: string };
  /** Counselors only: their role as the program file sets it ("supervisor · 2nd on call"). */
  role?: string;
  /** Counselors only: the channel their alerts reach first and the form they take there; null when none takes alerts. */
  alertForm?: AlertForm | null;
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

/**
 * What each phone, inbox and channel received, from the staff desk (src/staff/): the people
 * and groups of the program and their message threads, plus `inFlight`, rows the local channel
 * delivered a moment ago that are not yet marked sent.
 */
export async function readConsoleState(
  engine: Engine,
  o: { mode: ConsoleState["mode"]; inFlight: ReadonlyMap<string, Date>; unreachable?: () => Promise<Unreachable[]> },
): Promise<ConsoleState> {
  const { db } = engine.ctx;
  const now = engine.ctx.clock();
  const [directory, sent, forms, nextDueAt, found] = await Promise.all([
    readDirectory(db),
    messageThreads(db, { inFlight: o.inFlight }),
    counselorAlertForms(db, engine.ctx.program),
    engine.nextDueAt(),
    o.unreachable?.() ?? [],
  ]);
  const mark = (kind: Unreachable["kind"], id: string): Pick<ConsoleThread, "unreachable"> => {
    const u = found.find((f) => f.kind === kind && f.id === id);
    return u ? { unreachable: { badge: unreachableBadge(u), reason: unreachableReason(u) } } : {};
  };
  // The console's inbox shows each alert as the counselor's own first channel gets it.
  const threads = await alertsAsReceived(db, sent, forms);
  const roles = staffRoles(directory);
  const thread = (key: string): ConsoleMessage[] => (threads.get(key) ?? []).map((m) => ({ ...m, at: m.at.toISOString() }));
  const programTz = engine.ctx.program.program.timeZone;
  return {
    mode: o.mode,
    now: now.toISOString(),
    nextDueAt: nextDueAt?.toISOString() ?? null,
    program: { name: engine.ctx.program.program.name, timeZone: programTz },
    phones: directory.participants.map((p) => ({ id: p.id, name: p.name, timeZone: p.timeZone, optedOut: p.optedOut, ...(p.optedOut ? {} : mark("participant", p.id)), messages: thread(`participant:${p.id}`) })),
    counselors: directory.counselors.map((c) => ({
      id: c.id,
      name: c.name,
      timeZone: programTz,
      role: roles.get(c.id) ?? "counselor",
      alertForm: forms.get(c.id) ?? null,
      ...mark("counselor", c.id),
      messages: thread(`counselor:${c.id}`),
    })),
    groups: directory.groups.map((g) => ({ id: g.id, name: g.name, timeZone: programTz, ...mark("group", g.id), messages: thread(`group:${g.id}`) })),
  };
}
