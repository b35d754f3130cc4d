import { describe, expect, it } from "vitest";
import { addOfficeHours } from "../../src/time/office-hours.ts";

const OFFICE = { days: ["mon", "tue", "wed", "thu", "fri"] as const, start: "08:30", end: "17:00" };
const TZ = "America/Chicago";
const at = (iso: string) => new Date(iso);

describe("addOfficeHours", () => {
  it("counts only the time the office is open", () => {
    expect(addOfficeHours(at("2026-11-25T10:00:00-06:00"), 4, TZ, OFFICE).toISOString()).toBe(at("2026-11-25T14:00:00-06:00").toISOString());
    // Tuesday evening: the clock starts at Wednesday's opening.
    expect(addOfficeHours(at("2026-11-24T18:01:00-06:00"), 4, TZ, OFFICE).toISOString()).toBe(at("2026-11-25T12:30:00-06:00").toISOString());
    // Friday 16:00: one hour Friday, three on Monday.
    expect(addOfficeHours(at("2026-11-27T16:00:00-06:00"), 4, TZ, OFFICE).toISOString()).toBe(at("2026-11-30T11:30:00-06:00").toISOString());
    // More than a day of office time.
    expect(addOfficeHours(at("2026-11-25T08:30:00-06:00"), 10, TZ, OFFICE).toISOString()).toBe(at("2026-11-26T10:00:00-06:00").toISOString());
  });

  it("crosses a daylight-saving change on the clinic's wall clock", () => {
    // US clocks went back on Sunday 2026-11-01: Friday 16:00 CDT plus 2 office hours is Monday 09:30 CST.
    expect(addOfficeHours(at("2026-10-30T16:00:00-05:00"), 2, TZ, OFFICE).toISOString()).toBe(at("2026-11-02T09:30:00-06:00").toISOString());
  });
});
