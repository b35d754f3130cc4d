/**
 * "HH:MM" 24-hour clock strings <-> minutes since local midnight.
 *
 * Clock strings come from program configuration (check-in times, quiet hours,
 * session starts), so parsing is strict: a typo such as "8:00" or "24:00"
 * should fail loudly at load time rather than silently schedule at the wrong
 * hour.
 */

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes in a (nominal) day; clock values are always in [0, MINUTES_PER_DAY). */
export const MINUTES_PER_DAY = 24 * 60;

/**
 * Parse a strict "HH:MM" 24-hour clock string into minutes since midnight.
 *
 * @example parseClock("18:30") // 1110
 * @throws {RangeError} unless the input is exactly two-digit hours 00-23,
 *   a colon, and two-digit minutes 00-59.
 */
export function parseClock(clock: string): number {
  const match = typeof clock === "string" ? CLOCK.exec(clock) : null;
  if (!match) {
    throw new RangeError(`Invalid clock time ${JSON.stringify(clock)}: expected "HH:MM" (00:00-23:59)`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Format minutes since midnight as a "HH:MM" 24-hour clock string.
 *
 * @example formatClock(1110) // "18:30"
 * @throws {RangeError} unless `minutes` is an integer in [0, 1440).
 */
export function formatClock(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) {
    throw new RangeError(`Invalid minutes since midnight: ${minutes} (expected an integer 0-1439)`);
  }
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${hh}:${mm}`;
}
