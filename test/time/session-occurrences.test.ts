import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { sessionOccurrences, type WeeklySession } from "../../src/time/session-occurrences.ts";

const TUESDAY_EVENING: WeeklySession = { days: ["tue"], start: "18:00", durationMinutes: 180, location: "Room 2" };
const WEEKDAY_MORNINGS: WeeklySession = { days: ["mon", "wed", "thu"], start: "09:00", durationMinutes: 180 };

/** Occurrences as plain strings, for readable table comparisons. */
function list(sessions: WeeklySession[], tz: string, from: string, to: string): string[] {
  return sessionOccurrences(sessions, tz, new Date(from), new Date(to)).map(
    (o) => `${o.sessionIndex} ${o.date} ${o.start.toISOString()} ${o.end.toISOString()}`,
  );
}

describe("sessionOccurrences", () => {
  it.each([
    // A 6 PM Tuesday session stays 6 PM local, so its UTC time moves with DST.
    [
      "America/New_York",
      "2024-03-01T00:00:00Z",
      "2024-03-20T00:00:00Z",
      ["2024-03-05 2024-03-05T23:00:00.000Z", "2024-03-12 2024-03-12T22:00:00.000Z", "2024-03-19 2024-03-19T22:00:00.000Z"],
    ],
    [
      "America/New_York",
      "2024-10-28T00:00:00Z",
      "2024-11-13T00:00:00Z",
      ["2024-10-29 2024-10-29T22:00:00.000Z", "2024-11-05 2024-11-05T23:00:00.000Z", "2024-11-12 2024-11-12T23:00:00.000Z"],
    ],
    // Chicago: 18:00 CST is already Wednesday in UTC; `date` stays the local Tuesday.
    ["America/Chicago", "2024-03-01T00:00:00Z", "2024-03-14T00:00:00Z", ["2024-03-05 2024-03-06T00:00:00.000Z", "2024-03-12 2024-03-12T23:00:00.000Z"]],
    ["America/Denver", "2024-10-28T00:00:00Z", "2024-11-08T00:00:00Z", ["2024-10-29 2024-10-30T00:00:00.000Z", "2024-11-05 2024-11-06T01:00:00.000Z"]],
    // No DST: the same UTC time every week.
    ["America/Phoenix", "2024-03-01T00:00:00Z", "2024-03-14T00:00:00Z", ["2024-03-05 2024-03-06T01:00:00.000Z", "2024-03-12 2024-03-13T01:00:00.000Z"]],
    ["Pacific/Honolulu", "2024-10-28T00:00:00Z", "2024-11-08T00:00:00Z", ["2024-10-29 2024-10-30T04:00:00.000Z", "2024-11-05 2024-11-06T04:00:00.000Z"]],
    // Europe switches on different weekends from the US.
    ["Europe/Madrid", "2024-03-25T00:00:00Z", "2024-04-03T00:00:00Z", ["2024-03-26 2024-03-26T17:00:00.000Z", "2024-04-02 2024-04-02T16:00:00.000Z"]],
    ["Europe/Madrid", "2024-10-21T00:00:00Z", "2024-10-30T00:00:00Z", ["2024-10-22 2024-10-22T16:00:00.000Z", "2024-10-29 2024-10-29T17:00:00.000Z"]],
  ])("Tuesday 18:00 in %s from %s to %s", (tz, from, to, expected) => {
    const occurrences = sessionOccurrences([TUESDAY_EVENING], tz, new Date(from), new Date(to));
    expect(occurrences.map((o) => `${o.date} ${o.start.toISOString()}`)).toEqual(expected);
    for (const o of occurrences) {
      expect(o.sessionIndex).toBe(0);
      expect(o.end.getTime() - o.start.getTime()).toBe(180 * 60_000);
    }
  });

  it("merges several sessions in start order with their indexes", () => {
    // Monday 2024-11-04 00:00 EST to the next Monday 00:00 EST.
    expect(list([TUESDAY_EVENING, WEEKDAY_MORNINGS], "America/New_York", "2024-11-04T05:00:00Z", "2024-11-11T05:00:00Z")).toEqual([
      "1 2024-11-04 2024-11-04T14:00:00.000Z 2024-11-04T17:00:00.000Z",
      "0 2024-11-05 2024-11-05T23:00:00.000Z 2024-11-06T02:00:00.000Z",
      "1 2024-11-06 2024-11-06T14:00:00.000Z 2024-11-06T17:00:00.000Z",
      "1 2024-11-07 2024-11-07T14:00:00.000Z 2024-11-07T17:00:00.000Z",
    ]);
  });

  it("includes a start equal to `from` and excludes a start equal to `to`", () => {
    const start = "2024-11-05T23:00:00Z";
    expect(list([TUESDAY_EVENING], "America/New_York", start, "2024-11-06T00:00:00Z")).toHaveLength(1);
    expect(list([TUESDAY_EVENING], "America/New_York", "2024-11-05T00:00:00Z", start)).toHaveLength(0);
    expect(list([TUESDAY_EVENING], "America/New_York", "2024-11-05T23:00:00.001Z", "2024-11-12T23:00:00Z")).toHaveLength(0);
  });

  it("orders simultaneous sessions by index", () => {
    const a: WeeklySession = { days: ["tue"], start: "18:00", durationMinutes: 60 };
    const b: WeeklySession = { days: ["tue"], start: "18:00", durationMinutes: 90 };
    expect(list([b, a], "America/Denver", "2024-07-01T00:00:00Z", "2024-07-08T00:00:00Z")).toEqual([
      "0 2024-07-02 2024-07-03T00:00:00.000Z 2024-07-03T01:30:00.000Z",
      "1 2024-07-02 2024-07-03T00:00:00.000Z 2024-07-03T01:00:00.000Z",
    ]);
  });

  it("counts a day listed twice once", () => {
    const session: WeeklySession = { days: ["tue", "tue"], start: "18:00", durationMinutes: 60 };
    expect(list([session], "America/New_York", "2024-07-01T00:00:00Z", "2024-07-08T00:00:00Z")).toHaveLength(1);
  });

  it("moves a start in the spring-forward gap to the end of the gap and keeps the full duration", () => {
    const session: WeeklySession = { days: ["sun"], start: "02:30", durationMinutes: 60 };
    expect(list([session], "America/New_York", "2024-03-09T00:00:00Z", "2024-03-11T00:00:00Z")).toEqual([
      "0 2024-03-10 2024-03-10T07:00:00.000Z 2024-03-10T08:00:00.000Z",
    ]);
  });

  it("measures a session spanning fall back in elapsed time", () => {
    // 00:30 EDT + 3 elapsed hours = 02:30 EST on the wall clock.
    const session: WeeklySession = { days: ["sun"], start: "00:30", durationMinutes: 180 };
    expect(list([session], "America/New_York", "2024-11-02T00:00:00Z", "2024-11-04T00:00:00Z")).toEqual([
      "0 2024-11-03 2024-11-03T04:30:00.000Z 2024-11-03T07:30:00.000Z",
    ]);
  });

  it("returns nothing for an empty or reversed range, or no sessions", () => {
    expect(list([TUESDAY_EVENING], "America/New_York", "2024-11-05T23:00:00Z", "2024-11-05T23:00:00Z")).toEqual([]);
    expect(list([TUESDAY_EVENING], "America/New_York", "2024-11-13T00:00:00Z", "2024-10-28T00:00:00Z")).toEqual([]);
    expect(list([], "America/New_York", "2024-10-28T00:00:00Z", "2024-11-13T00:00:00Z")).toEqual([]);
  });

  it.each<[string, WeeklySession]>([
    ["bad clock", { days: ["tue"], start: "6pm", durationMinutes: 60 }],
    ["zero duration", { days: ["tue"], start: "18:00", durationMinutes: 0 }],
    ["negative duration", { days: ["tue"], start: "18:00", durationMinutes: -30 }],
    ["NaN duration", { days: ["tue"], start: "18:00", durationMinutes: Number.NaN }],
    ["unknown weekday", { days: ["tuesday" as never], start: "18:00", durationMinutes: 60 }],
  ])("rejects a session with a %s", (_label, session) => {
    expect(() => sessionOccurrences([session], "America/New_York", new Date("2024-07-01T00:00:00Z"), new Date("2024-07-08T00:00:00Z"))).toThrow(
      RangeError,
    );
  });

  it("rejects an unknown zone", () => {
    expect(() => sessionOccurrences([TUESDAY_EVENING], "Nowhere", new Date("2024-07-01T00:00:00Z"), new Date("2024-07-08T00:00:00Z"))).toThrow(RangeError);
  });

  it.each(["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "Europe/Madrid", "Pacific/Honolulu"])(
    "meets every Tuesday of 2024 at 18:00 local in %s",
    (tz) => {
      const from = DateTime.fromISO("2024-01-01T00:00", { zone: tz }).toJSDate();
      const to = DateTime.fromISO("2025-01-01T00:00", { zone: tz }).toJSDate();
      const occurrences = sessionOccurrences([TUESDAY_EVENING], tz, from, to);
      expect(occurrences).toHaveLength(53); // 2024 starts on a Monday and ends on a Tuesday
      for (const o of occurrences) {
        const local = DateTime.fromJSDate(o.start, { zone: tz });
        expect(local.toFormat("ccc HH:mm")).toBe("Tue 18:00");
        expect(local.toISODate()).toBe(o.date);
      }
    },
  );
});
