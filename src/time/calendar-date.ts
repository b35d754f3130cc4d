/**
 * Internal helpers for "YYYY-MM-DD" calendar dates.
 *
 * Calendar dates are zone-free, so the arithmetic is done on a UTC timeline
 * where every day is exactly 24 hours; that keeps it immune to DST.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MS_PER_MINUTE = 60_000;

/** Year, month (1-12) and day of a calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Milliseconds of `year-month-day` plus `minutes` on the UTC timeline.
 * Uses setUTCFullYear because Date.UTC maps years 0-99 to 1900-1999.
 */
export function utcMillis(year: number, month: number, day: number, minutes = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() + minutes * MS_PER_MINUTE;
}

/**
 * Parse and validate a "YYYY-MM-DD" date.
 * @throws {RangeError} on malformed text or a day that does not exist (2023-02-29).
 */
export function parseDate(date: string): DateParts {
  const match = typeof date === "string" ? DATE.exec(date) : null;
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    // Round-trip through the UTC calendar: an impossible day rolls over and no longer matches.
    if (formatUtcDate(utcMillis(parts.year, parts.month, parts.day)) === date) return parts;
  }
  throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected an existing "YYYY-MM-DD" day`);
}

/**
 * Format the UTC calendar day containing `ms` as "YYYY-MM-DD".
 * @throws {RangeError} outside years 0000-9999, which the format cannot represent.
 */
export function formatUtcDate(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) {
    throw new RangeError(`Date out of the representable range 0000-9999 (year ${year})`);
  }
  const yyyy = String(year).padStart(4, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${yyyy}-${mm}-${dd}`;
}
