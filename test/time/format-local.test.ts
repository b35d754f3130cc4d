import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/domain/types.ts";
import { isGsm7, smsSegments } from "../../src/text/sms-segments.ts";
import { formatDayRelative, formatStaffTime, formatTime, formatWeekday } from "../../src/time/format-local.ts";

describe("formatTime", () => {
  it.each([
    // [instant, zone, en, es]
    ["2024-03-12T22:00:00Z", "America/New_York", "6:00 PM", "18:00"],
    ["2024-03-12T13:30:00Z", "America/New_York", "9:30 AM", "9:30"],
    ["2024-03-05T23:00:00Z", "America/New_York", "6:00 PM", "18:00"], // EST, one UTC hour later
    ["2024-03-12T04:00:00Z", "America/New_York", "12:00 AM", "0:00"], // midnight
    ["2024-03-12T04:05:00Z", "America/New_York", "12:05 AM", "0:05"],
    ["2024-03-12T16:00:00Z", "America/New_York", "12:00 PM", "12:00"], // noon
    ["2024-03-12T16:59:00Z", "America/New_York", "12:59 PM", "12:59"],
    ["2024-03-12T17:00:00Z", "America/New_York", "1:00 PM", "13:00"],
    ["2024-03-13T03:59:00Z", "America/New_York", "11:59 PM", "23:59"],
    ["2024-03-10T07:00:00Z", "America/New_York", "3:00 AM", "3:00"], // the moment of spring forward
    ["2024-11-03T05:30:00Z", "America/New_York", "1:30 AM", "1:30"], // first 1:30 (EDT)
    ["2024-11-03T06:30:00Z", "America/New_York", "1:30 AM", "1:30"], // second 1:30 (EST)
    ["2024-07-02T00:00:00Z", "America/Chicago", "7:00 PM", "19:00"],
    ["2024-07-02T00:00:00Z", "America/Denver", "6:00 PM", "18:00"],
    ["2024-07-02T00:00:00Z", "America/Phoenix", "5:00 PM", "17:00"],
    ["2024-07-02T00:00:00Z", "Pacific/Honolulu", "2:00 PM", "14:00"],
    ["2024-07-02T00:00:00Z", "Europe/Madrid", "2:00 AM", "2:00"],
    ["2024-01-15T17:00:00Z", "Europe/Madrid", "6:00 PM", "18:00"],
    ["2024-07-02T00:00:59Z", "Europe/Madrid", "2:00 AM", "2:00"], // seconds are truncated, never rounded up
  ])("%s in %s -> en %j, es %j", (iso, tz, en, es) => {
    expect(formatTime(new Date(iso), tz, "en")).toBe(en);
    expect(formatTime(new Date(iso), tz, "es")).toBe(es);
  });

  it("uses a plain ASCII space, never U+202F or U+00A0", () => {
    const text = formatTime(new Date("2024-03-12T22:00:00Z"), "America/New_York", "en");
    expect(text.charCodeAt(4)).toBe(0x20);
    expect(smsSegments(`Group starts at ${text}`).encoding).toBe("GSM-7");
  });

  it("does not delegate to locale formatting, whose output (U+202F in newer ICU) depends on the runtime", () => {
    // Whether Intl emits U+202F depends on the ICU version Node was built with, so
    // the output checks above can pass on one runtime and fail on another; guard the source.
    const source = readFileSync(new URL("../../src/time/format-local.ts", import.meta.url), "utf8");
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""); // comments may mention Intl
    for (const pattern of [/\bIntl\./, /toLocale\w*String/, /toFormat\(/, /toLocaleString\(/, /DateTime\.TIME_/]) {
      expect(code).not.toMatch(pattern);
    }
  });

  it("rejects an unsupported language and an unknown zone", () => {
    expect(() => formatTime(new Date("2024-03-12T22:00:00Z"), "America/New_York", "fr" as Lang)).toThrow(RangeError);
    expect(() => formatTime(new Date("2024-03-12T22:00:00Z"), "New_York", "en")).toThrow(RangeError);
  });
});

describe("formatWeekday", () => {
  it.each([
    // Noon UTC on 2024-03-11 (Mon) .. 2024-03-17 (Sun) is the same local day in New York.
    ["2024-03-11T16:00:00Z", "Monday", "lunes"],
    ["2024-03-12T16:00:00Z", "Tuesday", "martes"],
    ["2024-03-13T16:00:00Z", "Wednesday", "miércoles"],
    ["2024-03-14T16:00:00Z", "Thursday", "jueves"],
    ["2024-03-15T16:00:00Z", "Friday", "viernes"],
    ["2024-03-16T16:00:00Z", "Saturday", "sabado"],
    ["2024-03-17T16:00:00Z", "Sunday", "domingo"],
  ])("%s -> %s / %s", (iso, en, es) => {
    expect(formatWeekday(new Date(iso), "America/New_York", "en")).toBe(en);
    expect(formatWeekday(new Date(iso), "America/New_York", "es")).toBe(es);
  });

  it.each([
    // The same instant is a different weekday in different zones.
    ["America/New_York", "Tuesday"], // 23:00 EDT
    ["Pacific/Honolulu", "Tuesday"], // 17:00 HST
    ["Europe/Madrid", "Wednesday"], // 05:00 CEST
  ])("2024-07-03T03:00Z in %s is %s", (tz, en) => {
    expect(formatWeekday(new Date("2024-07-03T03:00:00Z"), tz, "en")).toBe(en);
  });
});

describe("formatDayRelative", () => {
  const tz = "America/New_York";
  // "now": Monday 2024-03-11 10:00 EDT.
  const now = new Date("2024-03-11T14:00:00Z");

  it.each([
    ["2024-03-11T14:00:00Z", "today", "hoy"],
    ["2024-03-12T03:59:00Z", "today", "hoy"], // 23:59 Monday
    ["2024-03-12T04:00:00Z", "tomorrow", "mañana"], // 00:00 Tuesday
    ["2024-03-12T22:00:00Z", "tomorrow", "mañana"],
    ["2024-03-13T22:00:00Z", "Wednesday", "el miércoles"],
    ["2024-03-14T22:00:00Z", "Thursday", "el jueves"],
    ["2024-03-16T22:00:00Z", "Saturday", "el sabado"],
    ["2024-03-17T22:00:00Z", "Sunday", "el domingo"],
    ["2024-03-18T03:59:00Z", "Sunday", "el domingo"], // 23:59 Sunday, six days ahead
    ["2024-03-18T04:00:00Z", "Monday, March 18", "el lunes 18 de marzo"], // a week ahead: dated
    ["2024-04-02T22:00:00Z", "Tuesday, April 2", "el martes 2 de abril"],
    ["2024-03-10T22:00:00Z", "Sunday, March 10", "el domingo 10 de marzo"], // past: dated
  ])("%s -> %j / %j", (iso, en, es) => {
    expect(formatDayRelative(new Date(iso), tz, "en", now)).toBe(en);
    expect(formatDayRelative(new Date(iso), tz, "es", now)).toBe(es);
  });

  it("counts calendar days, not 24-hour spans, on the wall clock of the zone", () => {
    const lateMonday = new Date("2024-03-12T03:30:00Z"); // 23:30 EDT Monday
    const earlyTuesday = new Date("2024-03-12T04:30:00Z"); // 00:30 EDT Tuesday
    expect(formatDayRelative(earlyTuesday, tz, "en", lateMonday)).toBe("tomorrow");
    // In Honolulu both instants are Monday evening.
    expect(formatDayRelative(earlyTuesday, "Pacific/Honolulu", "en", lateMonday)).toBe("today");
    // In Madrid both are Tuesday morning.
    expect(formatDayRelative(earlyTuesday, "Europe/Madrid", "es", lateMonday)).toBe("hoy");
  });

  it("is not thrown off by a 23-hour day", () => {
    // now: Saturday 2024-03-09 23:30 EST; Monday 00:30 EDT is 24 elapsed hours later but two days ahead.
    const saturdayNight = new Date("2024-03-10T04:30:00Z");
    expect(formatDayRelative(new Date("2024-03-11T04:30:00Z"), tz, "en", saturdayNight)).toBe("Monday");
    expect(formatDayRelative(new Date("2024-03-10T23:00:00Z"), tz, "es", saturdayNight)).toBe("mañana");
  });

  it.each(["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "Europe/Madrid", "Pacific/Honolulu"])(
    "produces only GSM-7 text in both languages (%s)",
    (zone) => {
      const langs: Lang[] = ["en", "es"];
      for (const lang of langs) {
        for (let day = -10; day <= 10; day++) {
          for (const hour of [0, 7, 13, 18, 23]) {
            const instant = new Date(Date.UTC(2024, 2, 11 + day, hour, 30));
            for (const text of [formatTime(instant, zone, lang), formatWeekday(instant, zone, lang), formatDayRelative(instant, zone, lang, now)]) {
              expect(isGsm7(text), `${lang} ${JSON.stringify(text)}`).toBe(true);
            }
          }
        }
      }
    },
  );
});

describe("formatStaffTime", () => {
  it("shows the local day and time with the zone's abbreviation, standard or daylight", () => {
    expect(formatStaffTime(new Date("2026-12-07T01:05:00Z"), "America/Chicago", { year: true })).toBe("Sun Dec 6 2026, 7:05 PM CST");
    expect(formatStaffTime(new Date("2026-07-07T01:05:00Z"), "America/Chicago")).toBe("Mon Jul 6, 8:05 PM CDT");
    expect(formatStaffTime(new Date("2026-07-07T01:05:00Z"), "America/Denver")).toBe("Mon Jul 6, 7:05 PM MDT");
    // A zone with no common US abbreviation gets its offset.
    expect(formatStaffTime(new Date("2026-07-07T00:05:00Z"), "Europe/Madrid")).toBe("Tue Jul 7, 2:05 AM GMT+2");
  });

  it("rejects an unknown zone", () => {
    expect(() => formatStaffTime(new Date("2026-07-07T00:05:00Z"), "America/Chicgo")).toThrow(RangeError);
  });
});
