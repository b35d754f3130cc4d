/**
 * Local calendar dates ("YYYY-MM-DD") and the arithmetic on them.
 */
import { formatUtcDate, parseDate, utcMillis } from "./calendar-date.ts";
import { instantMillis, wallClock, zoneFor } from "./zone.ts";

/** Days of the week, Monday first (the order program schedules are written in). */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The calendar date a wall clock in `tz` shows at `instant`.
 *
 * @example localDate(new Date("2024-03-13T03:00:00Z"), "America/New_York") // "2024-03-12"
 * @throws {RangeError} on an invalid Date or unknown time zone.
 */
export function localDate(instant: Date, tz: string): string {
  return wallClock(zoneFor(tz), instantMillis(instant)).date;
}

/**
 * The calendar date `n` days after `date` (before, if `n` is negative).
 * Pure calendar arithmetic: no time zone, so DST cannot make it skip or repeat a day.
 *
 * @example addDays("2024-02-28", 2) // "2024-03-01"
 * @throws {RangeError} on an invalid date or a non-integer `n`.
 */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  const { year, month, day } = parseDate(date);
  return formatUtcDate(utcMillis(year, month, day + n));
}

/**
 * The day of the week of a calendar date.
 *
 * @example weekdayOf("2024-03-12") // "tue"
 * @throws {RangeError} on an invalid date.
 */
export function weekdayOf(date: string): Weekday {
  const { year, month, day } = parseDate(date);
  const sundayFirst = new Date(utcMillis(year, month, day)).getUTCDay();
  // getUTCDay counts from Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/**
 * Order two calendar dates: negative if `a` is earlier, 0 if equal, positive if later.
 * Suitable as an Array.prototype.sort comparator.
 *
 * @throws {RangeError} on an invalid date (so a typo cannot sort silently).
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parseDate(a);
  parseDate(b);
  // Validated, zero-padded "YYYY-MM-DD" strings order lexicographically.
  return a < b ? -1 : a > b ? 1 : 0;
}
