import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { atLocalTime, endOfLocalDay, localTimeCandidates, startOfLocalDay } from "../../src/time/at-local-time.ts";
import { addDays } from "../../src/time/local-date.ts";
import { formatClock } from "../../src/time/parse-clock.ts";

const HOUR = 3_600_000;

/** Wall clock of an instant read by luxon, an oracle independent of the code under test. */
function wall(instant: Date | number, tz: string): string {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  return DateTime.fromMillis(ms, { zone: tz }).toFormat("yyyy-MM-dd HH:mm");
}

describe("atLocalTime", () => {
  it.each([
    // America/New_York: spring forward 2024-03-10 02:00 EST -> 03:00 EDT; fall back 2024-11-03 02:00 EDT -> 01:00 EST
    ["America/New_York", "2024-03-05", "18:00", "2024-03-05T23:00:00.000Z", "ordinary EST"],
    ["America/New_York", "2024-03-12", "18:00", "2024-03-12T22:00:00.000Z", "ordinary EDT"],
    ["America/New_York", "2024-03-10", "01:59", "2024-03-10T06:59:00.000Z", "last minute before the gap"],
    ["America/New_York", "2024-03-10", "02:00", "2024-03-10T07:00:00.000Z", "gap start -> 03:00 EDT"],
    ["America/New_York", "2024-03-10", "02:30", "2024-03-10T07:00:00.000Z", "gap -> 03:00 EDT, not 03:30"],
    ["America/New_York", "2024-03-10", "02:59", "2024-03-10T07:00:00.000Z", "gap end -> 03:00 EDT"],
    ["America/New_York", "2024-03-10", "03:00", "2024-03-10T07:00:00.000Z", "first valid time"],
    ["America/New_York", "2024-03-10", "03:30", "2024-03-10T07:30:00.000Z", "after the gap"],
    ["America/New_York", "2024-11-03", "00:59", "2024-11-03T04:59:00.000Z", "before the overlap"],
    ["America/New_York", "2024-11-03", "01:00", "2024-11-03T05:00:00.000Z", "overlap -> earlier (EDT)"],
    ["America/New_York", "2024-11-03", "01:30", "2024-11-03T05:30:00.000Z", "overlap -> earlier (EDT)"],
    ["America/New_York", "2024-11-03", "01:59", "2024-11-03T05:59:00.000Z", "overlap -> earlier (EDT)"],
    ["America/New_York", "2024-11-03", "02:00", "2024-11-03T07:00:00.000Z", "after the overlap (EST)"],
    // America/Chicago
    ["America/Chicago", "2024-01-15", "09:00", "2024-01-15T15:00:00.000Z", "CST"],
    ["America/Chicago", "2024-07-01", "09:00", "2024-07-01T14:00:00.000Z", "CDT"],
    ["America/Chicago", "2024-03-10", "02:30", "2024-03-10T08:00:00.000Z", "gap -> 03:00 CDT"],
    ["America/Chicago", "2024-11-03", "01:30", "2024-11-03T06:30:00.000Z", "overlap -> CDT"],
    // America/Denver
    ["America/Denver", "2024-01-15", "09:00", "2024-01-15T16:00:00.000Z", "MST"],
    ["America/Denver", "2024-07-01", "09:00", "2024-07-01T15:00:00.000Z", "MDT"],
    ["America/Denver", "2024-03-10", "02:30", "2024-03-10T09:00:00.000Z", "gap -> 03:00 MDT"],
    ["America/Denver", "2024-11-03", "01:30", "2024-11-03T07:30:00.000Z", "overlap -> MDT"],
    // America/Phoenix: MST all year, so US DST dates change nothing
    ["America/Phoenix", "2024-01-15", "09:00", "2024-01-15T16:00:00.000Z", "MST in winter"],
    ["America/Phoenix", "2024-07-01", "09:00", "2024-07-01T16:00:00.000Z", "MST in summer"],
    ["America/Phoenix", "2024-03-10", "02:30", "2024-03-10T09:30:00.000Z", "no gap"],
    ["America/Phoenix", "2024-11-03", "01:30", "2024-11-03T08:30:00.000Z", "no overlap"],
    // Europe/Madrid: 2024-03-31 02:00 CET -> 03:00 CEST; 2024-10-27 03:00 CEST -> 02:00 CET
    ["Europe/Madrid", "2024-01-15", "18:00", "2024-01-15T17:00:00.000Z", "CET"],
    ["Europe/Madrid", "2024-07-01", "18:00", "2024-07-01T16:00:00.000Z", "CEST"],
    ["Europe/Madrid", "2024-03-31", "01:59", "2024-03-31T00:59:00.000Z", "before the gap"],
    ["Europe/Madrid", "2024-03-31", "02:30", "2024-03-31T01:00:00.000Z", "gap -> 03:00 CEST"],
    ["Europe/Madrid", "2024-03-31", "03:00", "2024-03-31T01:00:00.000Z", "first valid time"],
    ["Europe/Madrid", "2024-10-27", "01:59", "2024-10-26T23:59:00.000Z", "before the overlap"],
    ["Europe/Madrid", "2024-10-27", "02:30", "2024-10-27T00:30:00.000Z", "overlap -> earlier (CEST)"],
    ["Europe/Madrid", "2024-10-27", "03:00", "2024-10-27T02:00:00.000Z", "after the overlap"],
    // Pacific/Honolulu: HST all year
    ["Pacific/Honolulu", "2024-03-10", "02:30", "2024-03-10T12:30:00.000Z", "no gap"],
    ["Pacific/Honolulu", "2024-11-03", "01:30", "2024-11-03T11:30:00.000Z", "no overlap"],
    ["Pacific/Honolulu", "2024-07-01", "23:59", "2024-07-02T09:59:00.000Z", "late evening is the next UTC day"],
    // Gaps at midnight and a skipped day
    ["America/Santiago", "2024-09-08", "00:00", "2024-09-08T04:00:00.000Z", "midnight in the gap -> 01:00 -03"],
    ["America/Santiago", "2024-09-08", "00:30", "2024-09-08T04:00:00.000Z", "gap -> 01:00 -03"],
    ["Pacific/Apia", "2011-12-30", "12:00", "2011-12-30T10:00:00.000Z", "day skipped by the date-line move -> 12-31 00:00"],
  ])("%s %s %s -> %s (%s)", (tz, date, clock, iso) => {
    expect(atLocalTime(date, clock, tz).toISOString()).toBe(iso);
  });

  it.each([
    ["2024-02-30", "09:00", "America/New_York"],
    ["2024-03-10", "24:00", "America/New_York"],
    ["2024-03-10", "9:00", "America/New_York"],
    ["2024-03-10", "09:00", "Mars/Olympus_Mons"],
    ["2024-03-10", "09:00", ""],
  ])("rejects %s %s %s", (date, clock, tz) => {
    expect(() => atLocalTime(date, clock, tz)).toThrow(RangeError);
  });

  // Every quarter hour around each zone's DST changes: either the wall clock reads exactly
  // what was asked (and no earlier instant does), or the time was in a gap and the result is
  // the first instant after it.
  const sweeps: [string, string[]][] = [
    ["America/New_York", ["2024-03-10", "2024-11-03", "2025-03-09", "2025-11-02"]],
    ["America/Chicago", ["2024-03-10", "2024-11-03"]],
    ["America/Denver", ["2024-03-10", "2024-11-03"]],
    ["America/Phoenix", ["2024-03-10", "2024-11-03"]],
    ["Europe/Madrid", ["2024-03-31", "2024-10-27", "2025-03-30", "2025-10-26"]],
    ["Pacific/Honolulu", ["2024-03-10", "2024-11-03"]],
    ["America/Santiago", ["2024-04-07", "2024-09-08"]],
  ];
  it.each(sweeps)("resolves every quarter hour around DST changes in %s", (tz, dates) => {
    let gaps = 0;
    for (const day of dates) {
      for (const date of [addDays(day, -1), day, addDays(day, 1)]) {
        for (let m = 0; m < 1440; m += 15) {
          const clock = formatClock(m);
          const asked = `${date} ${clock}`;
          const result = atLocalTime(date, clock, tz).getTime();
          if (wall(result, tz) === asked) {
            // Earliest: an hour earlier the clock did not already read the same (fall-back overlap).
            expect(wall(result - HOUR, tz), `${asked} should resolve to the earlier instant`).not.toBe(asked);
          } else {
            gaps++;
            expect(wall(result, tz) > asked, `${asked} moved backwards to ${wall(result, tz)}`).toBe(true);
            expect(wall(result - 60_000, tz) < asked, `${asked} -> not the first instant after the gap`).toBe(true);
          }
        }
      }
    }
    // The 1-hour spring-forward gap holds 4 quarter hours per year swept; none for zones without DST.
    const expectedGaps = tz === "America/Phoenix" || tz === "Pacific/Honolulu" ? 0 : 4 * (dates.length / 2);
    expect(gaps).toBe(expectedGaps);
  });
});

describe("localTimeCandidates", () => {
  it("lists both instants of an ambiguous time, earlier first", () => {
    expect(localTimeCandidates("2024-11-03", "01:30", "America/New_York")).toEqual({
      instants: [Date.parse("2024-11-03T05:30:00Z"), Date.parse("2024-11-03T06:30:00Z")],
    });
    expect(localTimeCandidates("2024-10-27", "02:30", "Europe/Madrid")).toEqual({
      instants: [Date.parse("2024-10-27T00:30:00Z"), Date.parse("2024-10-27T01:30:00Z")],
    });
  });

  it("lists no instant and the end of the gap for a nonexistent time", () => {
    expect(localTimeCandidates("2024-03-10", "02:30", "America/New_York")).toEqual({
      instants: [],
      gapEnd: Date.parse("2024-03-10T07:00:00Z"),
    });
  });

  it("lists exactly one instant for an ordinary time", () => {
    expect(localTimeCandidates("2024-03-12", "18:00", "America/New_York")).toEqual({
      instants: [Date.parse("2024-03-12T22:00:00Z")],
    });
  });
});

describe("startOfLocalDay / endOfLocalDay", () => {
  it.each([
    ["America/New_York", "2024-03-12", "2024-03-12T04:00:00.000Z", "2024-03-13T04:00:00.000Z", 24],
    ["America/New_York", "2024-03-10", "2024-03-10T05:00:00.000Z", "2024-03-11T04:00:00.000Z", 23],
    ["America/New_York", "2024-11-03", "2024-11-03T04:00:00.000Z", "2024-11-04T05:00:00.000Z", 25],
    ["America/Chicago", "2024-03-10", "2024-03-10T06:00:00.000Z", "2024-03-11T05:00:00.000Z", 23],
    ["America/Chicago", "2024-11-03", "2024-11-03T05:00:00.000Z", "2024-11-04T06:00:00.000Z", 25],
    ["America/Denver", "2024-03-10", "2024-03-10T07:00:00.000Z", "2024-03-11T06:00:00.000Z", 23],
    ["America/Denver", "2024-11-03", "2024-11-03T06:00:00.000Z", "2024-11-04T07:00:00.000Z", 25],
    ["America/Phoenix", "2024-03-10", "2024-03-10T07:00:00.000Z", "2024-03-11T07:00:00.000Z", 24],
    ["America/Phoenix", "2024-11-03", "2024-11-03T07:00:00.000Z", "2024-11-04T07:00:00.000Z", 24],
    ["Europe/Madrid", "2024-03-31", "2024-03-30T23:00:00.000Z", "2024-03-31T22:00:00.000Z", 23],
    ["Europe/Madrid", "2024-10-27", "2024-10-26T22:00:00.000Z", "2024-10-27T23:00:00.000Z", 25],
    ["Pacific/Honolulu", "2024-11-03", "2024-11-03T10:00:00.000Z", "2024-11-04T10:00:00.000Z", 24],
    // Midnight falls in the gap: the day starts when the clock jumps to 01:00.
    ["America/Santiago", "2024-09-08", "2024-09-08T04:00:00.000Z", "2024-09-09T03:00:00.000Z", 23],
    ["America/Santiago", "2024-09-07", "2024-09-07T04:00:00.000Z", "2024-09-08T04:00:00.000Z", 24],
  ])("%s %s runs %s to %s (%i h)", (tz, date, start, end, hours) => {
    const s = startOfLocalDay(date, tz);
    const e = endOfLocalDay(date, tz);
    expect(s.toISOString()).toBe(start);
    expect(e.toISOString()).toBe(end);
    expect((e.getTime() - s.getTime()) / HOUR).toBe(hours);
    expect(e.getTime()).toBe(startOfLocalDay(addDays(date, 1), tz).getTime());
  });
});
