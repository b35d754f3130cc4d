import { describe, expect, it } from "vitest";
import { addDays, compareDates, localDate, weekdayOf } from "../../src/time/local-date.ts";

describe("localDate", () => {
  it.each([
    // [instant, zone, local date]
    ["2024-03-13T03:00:00Z", "America/New_York", "2024-03-12"], // 23:00 EDT
    ["2024-03-13T04:00:00Z", "America/New_York", "2024-03-13"], // 00:00 EDT
    ["2024-03-10T04:59:00Z", "America/New_York", "2024-03-09"], // 23:59 EST, the night before spring forward
    ["2024-03-10T05:00:00Z", "America/New_York", "2024-03-10"],
    ["2024-11-04T04:59:00Z", "America/New_York", "2024-11-03"], // 23:59 EST after fall back
    ["2024-11-04T05:00:00Z", "America/New_York", "2024-11-04"],
    ["2024-11-04T05:59:00Z", "America/Chicago", "2024-11-03"], // 23:59 CST
    ["2024-11-04T06:00:00Z", "America/Chicago", "2024-11-04"],
    ["2024-03-10T06:59:00Z", "America/Denver", "2024-03-09"],
    ["2024-03-10T07:00:00Z", "America/Denver", "2024-03-10"],
    ["2024-07-01T06:59:00Z", "America/Phoenix", "2024-06-30"], // MST all year, even in July
    ["2024-07-01T07:00:00Z", "America/Phoenix", "2024-07-01"],
    ["2024-12-31T23:00:00Z", "Europe/Madrid", "2025-01-01"],
    ["2024-07-31T21:59:00Z", "Europe/Madrid", "2024-07-31"], // 23:59 CEST
    ["2024-07-31T22:00:00Z", "Europe/Madrid", "2024-08-01"],
    ["2024-03-13T09:59:00Z", "Pacific/Honolulu", "2024-03-12"],
    ["2024-03-13T10:00:00Z", "Pacific/Honolulu", "2024-03-13"],
    ["2024-03-13T10:00:00Z", "UTC", "2024-03-13"],
  ])("%s in %s is %s", (iso, tz, date) => {
    expect(localDate(new Date(iso), tz)).toBe(date);
  });

  it("rejects an unknown zone and an invalid Date", () => {
    expect(() => localDate(new Date("2024-01-01T00:00:00Z"), "America/Nowhere")).toThrow(RangeError);
    expect(() => localDate(new Date("garbage"), "America/New_York")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-03-09", 1, "2024-03-10"],
    ["2024-03-10", 1, "2024-03-11"], // a 23-hour day is still one day
    ["2024-11-03", 1, "2024-11-04"], // a 25-hour day is still one day
    ["2024-02-28", 1, "2024-02-29"], // leap year
    ["2024-02-28", 2, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2100-02-28", 1, "2100-03-01"], // century, not a leap year
    ["2000-02-28", 1, "2000-02-29"], // 400-year rule
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-03-12", 0, "2024-03-12"],
    ["2024-03-12", 7, "2024-03-19"],
    ["2024-01-01", 366, "2025-01-01"],
    ["0050-01-01", 1, "0050-01-02"], // years below 100 are not mapped to the 1900s
  ])("%s + %i = %s", (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ["2024-02-30", 1],
    ["2023-02-29", 1],
    ["2024-13-01", 1],
    ["2024-00-10", 1],
    ["2024-3-01", 1],
    ["20240301", 1],
    ["2024-03-01T00:00", 1],
    ["2024-03-01", 1.5],
    ["2024-03-01", Number.NaN],
  ])("rejects %j + %s", (date, n) => {
    expect(() => addDays(date, n)).toThrow(RangeError);
  });
});

describe("weekdayOf", () => {
  it.each([
    ["2024-03-10", "sun"],
    ["2024-03-11", "mon"],
    ["2024-03-12", "tue"],
    ["2024-03-13", "wed"],
    ["2024-03-14", "thu"],
    ["2024-03-15", "fri"],
    ["2024-03-16", "sat"],
    ["2024-02-29", "thu"],
    ["2000-01-01", "sat"],
    ["1970-01-01", "thu"],
    ["2024-11-03", "sun"],
  ])("%s is %s", (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it("rejects a date that does not exist", () => {
    expect(() => weekdayOf("2024-02-30")).toThrow(RangeError);
  });
});

describe("compareDates", () => {
  it.each([
    ["2024-03-10", "2024-03-11", -1],
    ["2024-03-11", "2024-03-10", 1],
    ["2024-03-10", "2024-03-10", 0],
    ["2023-12-31", "2024-01-01", -1],
    ["2024-10-01", "2024-09-30", 1],
  ])("%s vs %s -> %i", (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it("sorts dates chronologically", () => {
    expect(["2024-10-01", "2023-12-31", "2024-09-30", "2024-01-01"].sort(compareDates)).toEqual([
      "2023-12-31",
      "2024-01-01",
      "2024-09-30",
      "2024-10-01",
    ]);
  });

  it("rejects malformed dates instead of comparing text", () => {
    expect(() => compareDates("2024-3-10", "2024-03-11")).toThrow(RangeError);
    expect(() => compareDates("2024-03-10", "tomorrow")).toThrow(RangeError);
  });
});
