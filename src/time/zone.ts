/**
 * Internal helpers: time zone validation, UTC offsets and wall-clock readings.
 *
 * Only the UTC offset comes from the tz database (via luxon's IANAZone, which
 * wraps Intl and caches its formatters); everything else is plain arithmetic,
 * so the DST rules in at-local-time.ts stay under our control. (luxon's own
 * local-to-instant conversion shifts gap times by the DST delta, e.g. 02:30 ->
 * 03:30, which is not the behaviour this project wants.)
 */
import { IANAZone } from "luxon";
import { formatUtcDate } from "./calendar-date.ts";

const MS_PER_MINUTE = 60_000;

/**
 * The IANAZone for `tz`.
 * @throws {RangeError} if `tz` is not a time zone known to the runtime.
 */
export function zoneFor(tz: string): IANAZone {
  // create() is cached per name and records validity once; IANAZone.isValidZone()
  // would build a fresh Intl.DateTimeFormat on every call, which is slow in loops.
  const zone = typeof tz === "string" && tz !== "" ? IANAZone.create(tz) : undefined;
  if (!zone?.isValid) throw new RangeError(`Unknown time zone ${JSON.stringify(tz)}`);
  return zone;
}

/**
 * Epoch milliseconds of a Date.
 * @throws {RangeError} on an Invalid Date, which would otherwise propagate NaN silently.
 */
export function instantMillis(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError("Invalid instant: expected a valid Date");
  return ms;
}

// Offsets change only on minute boundaries, and a scheduler pass asks for the same few
// instants thousands of times (one per participant): asking Intl each time dominated the
// cost of planning 10,000 check-ins. A bounded memo per zone and minute removes that.
const offsetMemo = new Map<string, number>();
const OFFSET_MEMO_LIMIT = 50_000;

/** UTC offset of `zone` at epoch millisecond `ms`, in minutes (New York in winter: -300). */
export function offsetMinutes(zone: IANAZone, ms: number): number {
  const key = `${zone.name}|${Math.floor(ms / 60_000)}`;
  const hit = offsetMemo.get(key);
  if (hit !== undefined) return hit;
  const offset = zone.offset(ms);
  if (offsetMemo.size >= OFFSET_MEMO_LIMIT) offsetMemo.clear();
  offsetMemo.set(key, offset);
  return offset;
}

/** What a wall clock in a zone shows at some instant. */
export interface WallClock {
  /** Local calendar date, "YYYY-MM-DD". */
  date: string;
  /** Minutes since local midnight, 0-1439. */
  minutes: number;
}

/**
 * The local date and clock reading at `ms` in `zone`.
 * Seconds are truncated, so 18:29:59 reads as 18:29 (a clock never shows the next minute early).
 */
export function wallClock(zone: IANAZone, ms: number): WallClock {
  const local = ms + offsetMinutes(zone, ms) * MS_PER_MINUTE;
  const d = new Date(local);
  return { date: formatUtcDate(local), minutes: d.getUTCHours() * 60 + d.getUTCMinutes() };
}

/**
 * The short name of `zone` at epoch millisecond `ms` as US English writes it ("EST", "EDT",
 * "PST"); zones without a common abbreviation get their offset ("GMT+1"). For staff tools,
 * never for messages to participants.
 */
export function zoneAbbreviation(zone: IANAZone, ms: number): string {
  return zone.offsetName(ms, { format: "short", locale: "en-US" }) ?? zone.name;
}
