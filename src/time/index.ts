/**
 * Pure time-zone utilities. Conventions: an instant is a JS `Date`, a local
 * date is "YYYY-MM-DD", a local clock time is "HH:MM" (24-hour), a time zone
 * is an IANA name. Nothing here reads the clock; callers pass the instant.
 */
export { formatClock, MINUTES_PER_DAY, parseClock } from "./parse-clock.ts";
export { addDays, compareDates, localDate, type Weekday, WEEKDAYS, weekdayOf } from "./local-date.ts";
export { atLocalTime, endOfLocalDay, localTimeCandidates, startOfLocalDay } from "./at-local-time.ts";
export { isQuiet, type QuietWindow, quietEndsAt } from "./quiet-hours.ts";
export { isOfficeOpen, nextOfficeOpening, type OfficeHours, officeOpeningOn } from "./office-hours.ts";
export { type SessionOccurrence, sessionOccurrences, type WeeklySession } from "./session-occurrences.ts";
export { formatDayRelative, formatStaffTime, formatTime, formatWeekday } from "./format-local.ts";
