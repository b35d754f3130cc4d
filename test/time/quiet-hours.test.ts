import { describe, expect, it } from "vitest";
import { isQuiet, type QuietWindow, quietEndsAt } from "../../src/time/quiet-hours.ts";

const NIGHT: QuietWindow = { start: "21:00", end: "08:00" }; // crosses midnight
const LUNCH: QuietWindow = { start: "13:00", end: "14:00" }; // within a day
const NONE: QuietWindow = { start: "09:00", end: "09:00" }; // start === end: no quiet hours

describe("isQuiet", () => {
  it.each([
    // America/New_York, EDT (UTC-4) on 2024-07-01
    ["2024-07-02T00:59:00Z", "America/New_York", NIGHT, false, "20:59"],
    ["2024-07-02T01:00:00Z", "America/New_York", NIGHT, true, "21:00 start is inclusive"],
    ["2024-07-02T04:00:00Z", "America/New_York", NIGHT, true, "00:00"],
    ["2024-07-02T11:59:00Z", "America/New_York", NIGHT, true, "07:59"],
    ["2024-07-02T12:00:00Z", "America/New_York", NIGHT, false, "08:00 end is exclusive"],
    ["2024-07-02T16:00:00Z", "America/New_York", NIGHT, false, "12:00"],
    ["2024-07-02T16:59:00Z", "America/New_York", LUNCH, false, "12:59"],
    ["2024-07-02T17:00:00Z", "America/New_York", LUNCH, true, "13:00"],
    ["2024-07-02T17:59:00Z", "America/New_York", LUNCH, true, "13:59"],
    ["2024-07-02T18:00:00Z", "America/New_York", LUNCH, false, "14:00"],
    ["2024-07-02T04:00:00Z", "America/New_York", LUNCH, false, "00:00 is not in a daytime window"],
    ["2024-07-02T13:00:00Z", "America/New_York", NONE, false, "09:00 with no quiet hours"],
    ["2024-07-02T04:00:00Z", "America/New_York", NONE, false, "00:00 with no quiet hours"],
    // The same UTC instant is quiet in one zone and not in another: the participant's clock decides.
    ["2024-07-02T02:00:00Z", "America/New_York", NIGHT, true, "22:00 EDT"],
    ["2024-07-02T02:00:00Z", "America/Chicago", NIGHT, true, "21:00 CDT"],
    ["2024-07-02T02:00:00Z", "America/Denver", NIGHT, false, "20:00 MDT"],
    ["2024-07-02T02:00:00Z", "America/Phoenix", NIGHT, false, "19:00 MST"],
    ["2024-07-02T02:00:00Z", "Pacific/Honolulu", NIGHT, false, "16:00 HST"],
    ["2024-07-02T02:00:00Z", "Europe/Madrid", NIGHT, true, "04:00 CEST"],
    ["2024-07-02T06:00:00Z", "Europe/Madrid", NIGHT, false, "08:00 CEST"],
    // DST days: quiet follows the wall clock, not elapsed hours.
    ["2024-03-10T11:59:00Z", "America/New_York", NIGHT, true, "07:59 EDT on spring-forward day"],
    ["2024-03-10T12:00:00Z", "America/New_York", NIGHT, false, "08:00 EDT on spring-forward day"],
    ["2024-11-03T12:59:00Z", "America/New_York", NIGHT, true, "07:59 EST on fall-back day"],
    ["2024-11-03T13:00:00Z", "America/New_York", NIGHT, false, "08:00 EST on fall-back day"],
    ["2024-03-31T05:59:00Z", "Europe/Madrid", NIGHT, true, "07:59 CEST on spring-forward day"],
    ["2024-03-31T06:00:00Z", "Europe/Madrid", NIGHT, false, "08:00 CEST on spring-forward day"],
  ])("%s in %s, %o -> %s (%s)", (iso, tz, window, quiet) => {
    expect(isQuiet(new Date(iso), tz, window)).toBe(quiet);
  });

  it("rejects a malformed window", () => {
    expect(() => isQuiet(new Date("2024-07-02T02:00:00Z"), "America/New_York", { start: "9pm", end: "08:00" })).toThrow(
      RangeError,
    );
  });
});

describe("quietEndsAt", () => {
  it.each([
    // Not quiet: the instant itself.
    ["2024-07-02T16:00:00Z", "America/New_York", NIGHT, "2024-07-02T16:00:00.000Z", "12:00 EDT is not quiet"],
    ["2024-07-02T12:00:00Z", "America/New_York", NIGHT, "2024-07-02T12:00:00.000Z", "08:00 EDT, window just opened"],
    ["2024-07-02T04:00:00Z", "America/New_York", NONE, "2024-07-02T04:00:00.000Z", "no quiet hours"],
    // Evening part of a midnight-crossing window: opens tomorrow.
    ["2024-07-02T01:00:00Z", "America/New_York", NIGHT, "2024-07-02T12:00:00.000Z", "21:00 EDT -> 08:00 EDT next day"],
    ["2024-07-02T03:59:00Z", "America/New_York", NIGHT, "2024-07-02T12:00:00.000Z", "23:59 EDT -> 08:00 next day"],
    // Early-morning part: opens the same local day.
    ["2024-07-02T04:00:00Z", "America/New_York", NIGHT, "2024-07-02T12:00:00.000Z", "00:00 EDT -> 08:00 same day"],
    ["2024-07-02T11:59:00Z", "America/New_York", NIGHT, "2024-07-02T12:00:00.000Z", "07:59 EDT -> 08:00"],
    // Daytime window.
    ["2024-07-02T17:15:00Z", "America/New_York", LUNCH, "2024-07-02T18:00:00.000Z", "13:15 EDT -> 14:00"],
    // Spring forward: the night is an hour shorter, the window still opens at 08:00 on the clock.
    ["2024-03-10T04:00:00Z", "America/New_York", NIGHT, "2024-03-10T12:00:00.000Z", "23:00 EST -> 08:00 EDT"],
    ["2024-03-10T09:00:00Z", "America/Chicago", NIGHT, "2024-03-10T13:00:00.000Z", "04:00 CDT -> 08:00 CDT"],
    ["2024-03-10T05:00:00Z", "America/Chicago", NIGHT, "2024-03-10T13:00:00.000Z", "23:00 CST -> 08:00 CDT"],
    ["2024-03-10T06:00:00Z", "America/Denver", NIGHT, "2024-03-10T14:00:00.000Z", "23:00 MST -> 08:00 MDT"],
    ["2024-03-30T22:00:00Z", "Europe/Madrid", NIGHT, "2024-03-31T06:00:00.000Z", "23:00 CET -> 08:00 CEST"],
    // Fall back: the night is an hour longer.
    ["2024-11-03T03:00:00Z", "America/New_York", NIGHT, "2024-11-03T13:00:00.000Z", "23:00 EDT -> 08:00 EST"],
    ["2024-11-03T04:00:00Z", "America/Chicago", NIGHT, "2024-11-03T14:00:00.000Z", "23:00 CDT -> 08:00 CST"],
    ["2024-11-03T05:00:00Z", "America/Denver", NIGHT, "2024-11-03T15:00:00.000Z", "23:00 MDT -> 08:00 MST"],
    ["2024-10-26T21:00:00Z", "Europe/Madrid", NIGHT, "2024-10-27T07:00:00.000Z", "23:00 CEST -> 08:00 CET"],
    // No DST: the same UTC hour every night.
    ["2024-03-10T06:00:00Z", "America/Phoenix", NIGHT, "2024-03-10T15:00:00.000Z", "23:00 MST -> 08:00 MST"],
    ["2024-11-03T06:00:00Z", "America/Phoenix", NIGHT, "2024-11-03T15:00:00.000Z", "23:00 MST -> 08:00 MST"],
    ["2024-03-10T09:00:00Z", "Pacific/Honolulu", NIGHT, "2024-03-10T18:00:00.000Z", "23:00 HST -> 08:00 HST"],
    ["2024-11-03T09:00:00Z", "Pacific/Honolulu", NIGHT, "2024-11-03T18:00:00.000Z", "23:00 HST -> 08:00 HST"],
    // Window ends inside the spring-forward gap: it opens when the clock jumps.
    ["2024-03-10T06:00:00Z", "America/New_York", { start: "22:00", end: "02:30" }, "2024-03-10T07:00:00.000Z", "01:00 EST -> 03:00 EDT"],
    // Window ends inside the fall-back overlap: the first occurrence still ahead.
    ["2024-11-03T05:10:00Z", "America/New_York", { start: "22:00", end: "01:30" }, "2024-11-03T05:30:00.000Z", "01:10 EDT -> 01:30 EDT"],
    ["2024-11-03T06:10:00Z", "America/New_York", { start: "22:00", end: "01:30" }, "2024-11-03T06:30:00.000Z", "01:10 EST -> 01:30 EST, not the past 01:30 EDT"],
  ])("%s in %s, %o -> %s (%s)", (iso, tz, window, expected) => {
    expect(quietEndsAt(new Date(iso), tz, window).toISOString()).toBe(expected);
  });

  it("returns a copy, so callers mutating the result cannot change the input", () => {
    const instant = new Date("2024-07-02T16:00:00Z");
    const result = quietEndsAt(instant, "America/New_York", NIGHT);
    expect(result).not.toBe(instant);
    expect(result.getTime()).toBe(instant.getTime());
  });

  // Every 10 minutes for three days around each DST change: the result is never earlier than
  // the instant, is not quiet, and (when it moved) is the first minute out of quiet hours.
  const zones: [string, string][] = [
    ["America/New_York", "2024-03-09T00:00:00Z"],
    ["America/New_York", "2024-11-02T00:00:00Z"],
    ["America/Chicago", "2024-03-09T00:00:00Z"],
    ["America/Denver", "2024-11-02T00:00:00Z"],
    ["America/Phoenix", "2024-03-09T00:00:00Z"],
    ["Europe/Madrid", "2024-03-30T00:00:00Z"],
    ["Europe/Madrid", "2024-10-26T00:00:00Z"],
    ["Pacific/Honolulu", "2024-11-02T00:00:00Z"],
  ];
  const windows: QuietWindow[] = [NIGHT, LUNCH, { start: "22:00", end: "02:30" }, { start: "00:00", end: "06:00" }, { start: "01:30", end: "03:00" }];
  it.each(zones)("every result in %s from %s is the moment quiet hours end", (tz, fromIso) => {
    const from = Date.parse(fromIso);
    let moved = 0;
    for (const window of windows) {
      for (let ms = from; ms < from + 3 * 86_400_000; ms += 600_000) {
        const instant = new Date(ms);
        const end = quietEndsAt(instant, tz, window).getTime();
        const label = `${instant.toISOString()} ${window.start}-${window.end}`;
        expect(end, label).toBeGreaterThanOrEqual(ms);
        expect(end - ms, label).toBeLessThanOrEqual(24 * 3_600_000);
        expect(isQuiet(new Date(end), tz, window), label).toBe(false);
        if (isQuiet(instant, tz, window)) {
          moved++;
          expect(end, label).toBeGreaterThan(ms);
          expect(isQuiet(new Date(end - 60_000), tz, window), label).toBe(true);
        } else {
          expect(end, label).toBe(ms);
        }
      }
    }
    expect(moved).toBeGreaterThan(0);
  });
});
