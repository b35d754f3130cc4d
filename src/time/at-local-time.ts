/**
 * Converting a local date and wall-clock time in a zone into an instant.
 */
import { parseDate, utcMillis } from "./calendar-date.ts";
import { addDays } from "./local-date.ts";
import { parseClock } from "./parse-clock.ts";
import { offsetMinutes, zoneFor } from "./zone.ts";

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 24 * 60 * MS_PER_MINUTE;

/**
 * Every instant at which a wall clock in `tz` reads `date` `clock`, as sorted
 * epoch milliseconds, plus where it would land if it reads that time never.
 *
 * - Usually there is exactly one instant.
 * - In a fall-back overlap there are two (earlier first).
 * - In a spring-forward gap there are none; `gapEnd` is then the first valid
 *   instant after the gap (the moment the clock jumps), e.g. 03:00 EDT for
 *   02:30 on the spring-forward day in America/New_York.
 *
 * Exported for modules that need the later instant of an overlap (quiet hours);
 * most callers want {@link atLocalTime}.
 *
 * @throws {RangeError} on an invalid date, clock or time zone.
 */
export function localTimeCandidates(date: string, clock: string, tz: string): { instants: number[]; gapEnd?: number } {
  const zone = zoneFor(tz);
  const { year, month, day } = parseDate(date);
  // The wall time read as if it were UTC; the real instant is this minus the offset in force.
  const wall = utcMillis(year, month, day, parseClock(clock));

  // Real offsets lie within about +/-14h, so the instant is within a day of `wall`;
  // the offsets a day either side (and at `wall`) cover any single transition.
  const offsets = new Set([
    offsetMinutes(zone, wall - MS_PER_DAY),
    offsetMinutes(zone, wall),
    offsetMinutes(zone, wall + MS_PER_DAY),
  ]);
  const instants = [...offsets]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    // A guess is right only if the zone really uses that offset at the guessed instant.
    .filter((ms) => wall - offsetMinutes(zone, ms) * MS_PER_MINUTE === ms)
    .sort((a, b) => a - b);
  const unique = instants.filter((ms, i) => i === 0 || ms !== instants[i - 1]);
  if (unique.length > 0) return { instants: unique };

  // Gap. Reading the wall time with the pre-gap offset lands after the jump, and
  // with the post-gap offset lands before it, so the jump lies between the two.
  // Binary search on milliseconds finds the first instant with the later offset.
  let lo = wall - Math.max(...offsets) * MS_PER_MINUTE; // before the jump
  let hi = wall - Math.min(...offsets) * MS_PER_MINUTE; // after the jump
  const before = offsetMinutes(zone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMinutes(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { instants: [], gapEnd: hi };
}

/**
 * The instant at which a wall clock in `tz` reads `date` at `clock`.
 *
 * DST rules:
 * - A nonexistent time (spring-forward gap) moves forward to the first valid
 *   instant after the gap: 02:30 on 2024-03-10 in America/New_York -> 03:00 EDT.
 *   (Not 03:30: the message goes out as soon as the clock allows, not an hour late.)
 * - An ambiguous time (fall-back overlap) resolves to the earlier instant:
 *   01:30 on 2024-11-03 in America/New_York -> 01:30 EDT.
 *
 * @example atLocalTime("2024-03-12", "18:00", "America/New_York") // 2024-03-12T22:00:00Z
 * @throws {RangeError} on an invalid date, clock or time zone.
 */
export function atLocalTime(date: string, clock: string, tz: string): Date {
  const { instants, gapEnd } = localTimeCandidates(date, clock, tz);
  return new Date(instants[0] ?? gapEnd!);
}

/**
 * The first instant of local day `date` in `tz`: usually local midnight, but
 * where midnight itself falls in a DST gap (e.g. America/Santiago) it is the
 * moment the clock jumps.
 *
 * @throws {RangeError} on an invalid date or time zone.
 */
export function startOfLocalDay(date: string, tz: string): Date {
  return atLocalTime(date, "00:00", tz);
}

/**
 * The exclusive end of local day `date` in `tz`, i.e. the start of the next
 * local day. On DST change days this is 23 or 25 hours after
 * {@link startOfLocalDay}, so use `[start, end)` rather than adding 24 hours.
 *
 * @throws {RangeError} on an invalid date or time zone.
 */
export function endOfLocalDay(date: string, tz: string): Date {
  return startOfLocalDay(addDays(date, 1), tz);
}
