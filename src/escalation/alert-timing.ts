import type { ProgramSettings } from "../program/program-schema.ts";
import { isOfficeOpen, nextOfficeOpening } from "../time/office-hours.ts";

/** The settings that decide when an escalation's alerts go out. */
export type AlertTimingSettings = Pick<ProgramSettings, "timeZone" | "officeHours" | "escalation">;

/**
 * When the first alert of a new escalation goes out. A crisis pages at once, at any hour. An
 * urgent alert goes out at once within office hours; out of hours it waits for the next
 * opening, unless the program pages urgent alerts after hours or the caller says this one
 * must not wait.
 */
export function firstAlertAt(s: AlertTimingSettings, level: "crisis" | "urgent", now: Date, atAnyHour = false): Date {
  if (level === "crisis" || atAnyHour || s.escalation.urgentAfterHours === "page") return now;
  return nextOfficeOpening(now, s.timeZone, s.officeHours);
}

/**
 * When an alert sent at `from` is re-escalated if nobody acknowledges it: a crisis after
 * crisisAfterMinutes, at any hour; an urgent alert after urgentAfterMinutes, or at the next
 * opening when that falls out of office hours (nobody is paged at night for what can wait).
 */
export function nextReescalationAt(s: AlertTimingSettings, level: string, from: Date): Date {
  if (level === "crisis") return new Date(from.getTime() + s.escalation.crisisAfterMinutes * 60_000);
  return nextOfficeOpening(new Date(from.getTime() + s.escalation.urgentAfterMinutes * 60_000), s.timeZone, s.officeHours);
}

/** Whether a re-escalation of this level may page at `now`, or must wait for office hours. */
export function mayReescalateAt(s: AlertTimingSettings, level: string, now: Date): boolean {
  return level === "crisis" || isOfficeOpen(now, s.timeZone, s.officeHours);
}
