import { describe, expect, it } from "vitest";
import { formatClock, parseClock } from "../../src/time/parse-clock.ts";

describe("parseClock", () => {
  it.each([
    ["00:00", 0],
    ["00:01", 1],
    ["08:00", 480],
    ["09:30", 570],
    ["12:00", 720],
    ["18:30", 1110],
    ["21:00", 1260],
    ["23:59", 1439],
  ])("%s -> %i", (clock, minutes) => {
    expect(parseClock(clock)).toBe(minutes);
  });

  it.each(["", "8:00", "08:0", "24:00", "23:60", "08-00", "0800", " 08:00", "08:00 ", "08:00:00", "ab:cd", "-1:00", "６:00"])(
    "rejects %j",
    (bad) => {
      expect(() => parseClock(bad)).toThrow(RangeError);
    },
  );
});

describe("formatClock", () => {
  it.each([
    [0, "00:00"],
    [5, "00:05"],
    [570, "09:30"],
    [1110, "18:30"],
    [1439, "23:59"],
  ])("%i -> %s", (minutes, clock) => {
    expect(formatClock(minutes)).toBe(clock);
  });

  it.each([-1, 1440, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (bad) => {
    expect(() => formatClock(bad)).toThrow(RangeError);
  });

  it("round-trips every minute of the day", () => {
    for (let m = 0; m < 1440; m++) {
      expect(parseClock(formatClock(m))).toBe(m);
    }
  });
});
