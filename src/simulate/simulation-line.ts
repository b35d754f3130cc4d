import { DateTime } from "luxon";
import type { ChannelName } from "../domain/types.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import type { Program } from "../program/index.ts";

/**
 * What a line of the simulator's output is, from the engine's own records: a message's outbox
 * kind and purpose, a check-in's status, an escalation's change, or a message received.
 */
export type LineKind =
  | "welcome"
  | "prompt"
  | "nudge"
  | "reprompt"
  | "reply"
  | "crisis"
  | "screen"
  | "alert"
  | "re-escalation"
  | "reminder"
  | "group-reminder"
  | "opt-out"
  | "opt-in"
  | "digest"
  | "staff-reply"
  | "system"
  | "edit"
  | "checkin"
  | "expired"
  | "missed"
  | "escalation"
  | "acknowledged"
  | "resolved"
  | "inbound"
  | "duplicate";

/** One line of the simulator's output, in the documented JSON shape (docs/simulation.md). */
export type SimulationLine =
  | { at: string; local: string; type: "message"; kind: LineKind; channel: ChannelName; to: string; text: string; code?: string }
  | { at: string; local: string; type: "checkin"; kind: LineKind; participant: string; date: string; mood: number | null; craving: number | null; meeting: boolean | null; complete: boolean }
  | {
      at: string;
      local: string;
      type: "escalation";
      kind: LineKind;
      participant: string | null;
      code: string;
      level: string;
      reasons: string[];
      notified: string[];
      paged: string[];
      status: string;
    }
  | { at: string; local: string; type: "inbound"; kind: LineKind; channel: ChannelName; from: string; text: string; providerId?: string };

const MESSAGE_KINDS: Record<string, LineKind> = {
  welcome: "welcome",
  prompt: "prompt",
  nudge: "nudge",
  reply: "reply",
  crisis: "crisis",
  screen: "screen",
  alert: "alert",
  reminder: "reminder",
  group_reminder: "group-reminder",
  staff_reply: "staff-reply",
  system: "system",
  edit: "edit",
};

const PURPOSE_KINDS: Record<string, LineKind> = {
  reprompt: "reprompt",
  opt_out: "opt-out",
  opt_in: "opt-in",
  reescalation: "re-escalation",
  digest: "digest",
};

const ESCALATION_KINDS: Record<string, LineKind> = {
  opened: "escalation",
  paged: "alert",
  reescalated: "re-escalation",
  acknowledged: "acknowledged",
  resolved: "resolved",
};

/** The kind of a message: its purpose where it has one (a reprompt is a reply, a re-escalation an alert), else its outbox kind. */
export function messageKind(kind: string, purpose: string | null): LineKind {
  return (purpose !== null ? PURPOSE_KINDS[purpose] : undefined) ?? MESSAGE_KINDS[kind] ?? "system";
}

/** The kind of an engine event's line. */
export function eventKind(e: EngineEvent): LineKind {
  if (e.type === "message") return messageKind(e.kind, e.purpose);
  if (e.type === "checkin") return e.status === "complete" ? "checkin" : e.status;
  return ESCALATION_KINDS[e.change] ?? "escalation";
}

/** An instant in a zone, RFC 9557 style: "2026-11-24T18:00:00-06:00[America/Chicago]". */
export function localStamp(at: Date, zone: string): string {
  return `${DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true })}[${zone}]`;
}

/** The time zone a line is read in: its participant's, or the program's for staff, groups and unknown senders. */
export function zoneOf(program: Program, participantId: string | null | undefined): string {
  return program.participants.find((p) => p.id === participantId)?.timeZone ?? program.program.timeZone;
}

/** What the simulator knows beside the event: what a message showed on its channel, each escalation's code. */
export interface LineContext {
  program: Program;
  /** What the person read, by outbox id (choices as buttons or words). */
  shown(outboxId: string): string | undefined;
  /** The code of an escalation, by id. */
  codeOf(escalationId: string): string | undefined;
}

/** One engine event as a line of the simulator's output. */
export function eventLine(e: EngineEvent, c: LineContext): SimulationLine {
  const at = e.at.toISOString();
  const kind = eventKind(e);
  if (e.type === "message") {
    const local = localStamp(e.at, zoneOf(c.program, e.to));
    const code = e.escalationId !== null ? c.codeOf(e.escalationId) : undefined;
    const text = c.shown(e.id) ?? e.text;
    return { at, local, type: "message", kind, channel: e.channel, to: e.to, text, ...(code !== undefined ? { code } : {}) };
  }
  const local = localStamp(e.at, zoneOf(c.program, e.participant));
  if (e.type === "checkin") {
    return { at, local, type: "checkin", kind, participant: e.participant, date: e.date, mood: e.mood, craving: e.craving, meeting: e.meeting, complete: e.complete };
  }
  return { at, local, type: "escalation", kind, participant: e.participant, code: e.code, level: e.level, reasons: e.reasons, notified: e.notified, paged: e.paged, status: e.status };
}
