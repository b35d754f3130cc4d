/**
 * Quiet hours: the local-time window during which routine messages wait.
 *
 * Windows are defined on the participant's wall clock, not in elapsed time:
 * "quiet until 08:00" means 08:00 on their clock, even on a DST change day.
 */
import { localTimeCandidates } from "./at-local-time.ts";
import { addDays } from "./local-date.ts";
import { parseClock } from "./parse-clock.ts";
import { instantMillis, wallClock, zoneFor } from "./zone.ts";

/**
 * A daily quiet window in local "HH:MM" clock times: quiet from `start`
 * (inclusive) until `end` (exclusive).
 *
 * - `start > end` crosses midnight: { start: "21:00", end: "08:00" }.
 * - `start < end` stays within a day: { start: "13:00", end: "14:00" }.
 * - `start === end` means no quiet hours at all (not "quiet all day").
 */
export type QuietWindow = { start: string; end: string };

/** Whether a wall-clock reading (minutes since midnight) falls in the window. */
function inWindow(minutes: number, start: number, end: number): boolean {
  if (start === end) return false;
  if (start < end) return minutes >= start && minutes < end;
  return minutes >= start || minutes < end;
}

/**
 * Whether `instant` falls in the quiet window on the wall clock of `tz`.
 * Start is inclusive, end exclusive: with 21:00-08:00, 21:00 is quiet and 08:00 is not.
 *
 * @throws {RangeError} on an invalid instant, time zone or window clock.
 */
export function isQuiet(instant: Date, tz: string, window: QuietWindow): boolean {
  const start = parseClock(window.start);
  const end = parseClock(window.end);
  const { minutes } = wallClock(zoneFor(tz), instantMillis(instant));
  return inWindow(minutes, start, end);
}

/**
 * The earliest instant at or after `instant` that is outside the quiet window:
 * a Date equal to `instant` when it is not quiet, otherwise the instant the
 * local clock in `tz` next reaches `window.end`.
 *
 * DST-safe because the end is resolved on the wall clock of the day it falls on:
 * quiet 21:00-08:00 from 23:00 on 2024-03-09 in America/New_York ends at
 * 08:00 EDT (12:00Z), only 8 elapsed hours later. If `end` falls in a
 * spring-forward gap the window opens when the clock jumps; if it falls in a
 * fall-back overlap it opens at the first occurrence still ahead of `instant`.
 *
 * Note that in a fall-back overlap the repeated hour can make the window
 * quiet again (e.g. 21:00-01:30 opens at 01:30 EDT, then 01:00-01:30 EST is
 * quiet once more); {@link isQuiet} reports that faithfully, so callers
 * should re-check rather than assume the window stays open.
 *
 * @throws {RangeError} on an invalid instant, time zone or window clock.
 */
export function quietEndsAt(instant: Date, tz: string, window: QuietWindow): Date {
  const start = parseClock(window.start);
  const end = parseClock(window.end);
  const ms = instantMillis(instant);
  const { date, minutes } = wallClock(zoneFor(tz), ms);
  if (!inWindow(minutes, start, end)) return new Date(ms);

  // Before `end` on the clock, the window opens today; otherwise we are in the
  // evening part of a midnight-crossing window and it opens tomorrow.
  const endDate = minutes < end ? date : addDays(date, 1);
  const { instants, gapEnd } = localTimeCandidates(endDate, window.end, tz);
  // In an overlap, an instant in the second pass of the repeated hour is already
  // past the first occurrence of `end`, so take the first one still ahead.
  const next = instants.find((candidate) => candidate > ms) ?? gapEnd;
  if (next === undefined) {
    // Unreachable for real zones (the instant's own wall time precedes `end`); fail loudly if not.
    throw new Error(`quietEndsAt: could not resolve ${endDate} ${window.end} in ${tz}`);
  }
  return new Date(next);
}
