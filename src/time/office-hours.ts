/**
 * Office hours: when the clinic's staff are at work, on the clinic's wall clock. Urgent alerts
 * that can wait are held until the next opening, and the daily digest goes out at opening.
 */
import { atLocalTime } from "./at-local-time.ts";
import { addDays, type Weekday, weekdayOf } from "./local-date.ts";
import { parseClock } from "./parse-clock.ts";
import { instantMillis, wallClock, zoneFor } from "./zone.ts";

/** Open on `days` from `start` (inclusive) until `end` (exclusive), "HH:MM" with start before end. */
export interface OfficeHours {
  days: readonly Weekday[];
  start: string;
  end: string;
}

/** Whether the office is open at `instant` on the wall clock of `tz`. */
export function isOfficeOpen(instant: Date, tz: string, hours: OfficeHours): boolean {
  const { date, minutes } = wallClock(zoneFor(tz), instantMillis(instant));
  return hours.days.includes(weekdayOf(date)) && minutes >= parseClock(hours.start) && minutes < parseClock(hours.end);
}

/** The instant the office opens on local `date`, or null when it is not an office day. */
export function officeOpeningOn(date: string, tz: string, hours: OfficeHours): Date | null {
  return hours.days.includes(weekdayOf(date)) ? atLocalTime(date, hours.start, tz) : null;
}

/**
 * The earliest instant at or after `instant` when the office is open: `instant` itself during
 * office hours, otherwise the next opening (later today, or the next office day).
 *
 * @throws {RangeError} when no day of the week is an office day, or on an invalid zone or clock.
 */
export function nextOfficeOpening(instant: Date, tz: string, hours: OfficeHours): Date {
  if (isOfficeOpen(instant, tz, hours)) return new Date(instantMillis(instant));
  const today = wallClock(zoneFor(tz), instantMillis(instant)).date;
  // Eight days reach the same weekday next week, past any DST change or closing time today.
  for (let d = 0; d <= 8; d++) {
    const opening = officeOpeningOn(addDays(today, d), tz, hours);
    if (opening && opening.getTime() >= instant.getTime()) return opening;
  }
  throw new RangeError("nextOfficeOpening: office hours have no office day");
}
