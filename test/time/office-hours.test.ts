import { describe, expect, it } from "vitest";
import { isOfficeOpen, nextOfficeOpening, type OfficeHours, officeOpeningOn } from "../../src/time/office-hours.ts";

const WEEKDAYS: OfficeHours = { days: ["mon", "tue", "wed", "thu", "fri"], start: "08:30", end: "17:00" };
const TZ = "America/Chicago";

describe("isOfficeOpen", () => {
  it.each([
    // 2026-11-24 is a Tuesday; Chicago is UTC-6 in November.
    ["2026-11-24T14:29:00Z", false, "08:29 Tuesday"],
    ["2026-11-24T14:30:00Z", true, "08:30 Tuesday, start is inclusive"],
    ["2026-11-24T22:59:00Z", true, "16:59 Tuesday"],
    ["2026-11-24T23:00:00Z", false, "17:00 Tuesday, end is exclusive"],
    ["2026-11-28T16:00:00Z", false, "10:00 Saturday"],
    ["2026-11-25T05:00:00Z", false, "23:00 Tuesday"],
  ])("%s -> %s (%s)", (iso, open) => {
    expect(isOfficeOpen(new Date(iso), TZ, WEEKDAYS)).toBe(open);
  });

  it("reads the clinic's wall clock across a DST change", () => {
    // 2026-03-09 is the Monday after the spring-forward Sunday: 08:30 CDT is 13:30Z.
    expect(isOfficeOpen(new Date("2026-03-09T13:30:00Z"), TZ, WEEKDAYS)).toBe(true);
    expect(isOfficeOpen(new Date("2026-03-09T13:29:00Z"), TZ, WEEKDAYS)).toBe(false);
  });
});

describe("nextOfficeOpening", () => {
  it.each([
    ["2026-11-24T16:00:00Z", "2026-11-24T16:00:00.000Z", "open now: the instant itself"],
    ["2026-11-24T12:00:00Z", "2026-11-24T14:30:00.000Z", "06:00 Tuesday -> 08:30 the same day"],
    ["2026-11-25T05:00:00Z", "2026-11-25T14:30:00.000Z", "23:00 Tuesday -> 08:30 Wednesday"],
    ["2026-11-27T23:00:00Z", "2026-11-30T14:30:00.000Z", "17:00 Friday -> 08:30 Monday"],
    ["2026-11-28T09:00:00Z", "2026-11-30T14:30:00.000Z", "03:00 Saturday -> 08:30 Monday"],
  ])("%s -> %s (%s)", (iso, expected) => {
    expect(nextOfficeOpening(new Date(iso), TZ, WEEKDAYS).toISOString()).toBe(expected);
  });

  it("opens on the wall clock of the day it opens, across a DST change", () => {
    // Friday 2026-03-06 18:00 CST -> Monday 2026-03-09 08:30 CDT (UTC-5).
    expect(nextOfficeOpening(new Date("2026-03-07T00:00:00Z"), TZ, WEEKDAYS).toISOString()).toBe("2026-03-09T13:30:00.000Z");
  });

  it("finds a once-a-week office day", () => {
    const sundays: OfficeHours = { days: ["sun"], start: "10:00", end: "12:00" };
    expect(nextOfficeOpening(new Date("2026-11-29T18:00:00Z"), TZ, sundays).toISOString()).toBe("2026-12-06T16:00:00.000Z");
  });
});

describe("officeOpeningOn", () => {
  it("is the opening on an office day and null on any other", () => {
    expect(officeOpeningOn("2026-11-24", TZ, WEEKDAYS)?.toISOString()).toBe("2026-11-24T14:30:00.000Z");
    expect(officeOpeningOn("2026-11-29", TZ, WEEKDAYS)).toBeNull();
  });
});
