/**
 * Human-readable local times and days for outgoing messages.
 *
 * Every string produced here is GSM-7 safe so that a reminder stays in the
 * cheap 160-character SMS encoding. That is why this module does not use
 * Intl/luxon locale formatting: current ICU renders "6:00 PM" with U+202F
 * (narrow no-break space), which is outside GSM-7 and silently switches the
 * whole SMS to UCS-2 (70 characters per segment). Spanish words avoid á, í,
 * ó, ú, which GSM-7 lacks ("sabado", not "sábado"), but keep ñ and é, which
 * it has ("mañana", "miércoles").
 */
import type { Lang } from "../domain/types.ts";
import { parseDate, utcMillis } from "./calendar-date.ts";
import { type Weekday, weekdayOf } from "./local-date.ts";
import { instantMillis, wallClock, zoneAbbreviation, zoneFor } from "./zone.ts";

const WEEKDAY_NAMES: Record<Lang, Record<Weekday, string>> = {
  en: {
    mon: "Monday",
    tue: "Tuesday",
    wed: "Wednesday",
    thu: "Thursday",
    fri: "Friday",
    sat: "Saturday",
    sun: "Sunday",
  },
  es: {
    mon: "lunes",
    tue: "martes",
    wed: "miércoles", // é is in the GSM-7 basic set
    thu: "jueves",
    fri: "viernes",
    sat: "sabado", // "sábado": á is not GSM-7
    sun: "domingo",
  },
};

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};

const MS_PER_DAY = 86_400_000;

/** Local date and clock of an instant, validating every argument. */
function localParts(instant: Date, tz: string, lang: Lang): { date: string; hour: number; minute: number } {
  if (!(lang in WEEKDAY_NAMES)) throw new RangeError(`Unsupported language ${JSON.stringify(lang)}`);
  const { date, minutes } = wallClock(zoneFor(tz), instantMillis(instant));
  return { date, hour: Math.floor(minutes / 60), minute: minutes % 60 };
}

/**
 * The local clock time of `instant` in `tz`, as people write it in `lang`.
 *
 * - en: 12-hour with AM/PM: "6:00 PM", "9:30 AM", "12:00 AM" (midnight), "12:00 PM" (noon).
 * - es: 24-hour, no leading zero on the hour: "18:00", "9:30", "0:00".
 *
 * Uses only ASCII (plain U+0020 spaces), so it is GSM-7 safe.
 *
 * @throws {RangeError} on an invalid instant, time zone or language.
 */
export function formatTime(instant: Date, tz: string, lang: Lang): string {
  const { hour, minute } = localParts(instant, tz, lang);
  const mm = String(minute).padStart(2, "0");
  if (lang === "es") return `${hour}:${mm}`;
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour12}:${mm} ${hour < 12 ? "AM" : "PM"}`;
}

/**
 * The local day of the week of `instant` in `tz`: en "Tuesday", es "martes"
 * (lowercase, as Spanish writes weekdays mid-sentence). GSM-7 safe.
 *
 * @throws {RangeError} on an invalid instant, time zone or language.
 */
export function formatWeekday(instant: Date, tz: string, lang: Lang): string {
  const { date } = localParts(instant, tz, lang);
  return WEEKDAY_NAMES[lang][weekdayOf(date)];
}

/**
 * The local day of `instant` relative to `now`, both read on the wall clock of `tz`:
 *
 * | local days after `now` | en                   | es                      |
 * |------------------------|----------------------|-------------------------|
 * | 0                      | "today"              | "hoy"                   |
 * | 1                      | "tomorrow"           | "mañana"                |
 * | 2-6                    | "Tuesday"            | "el martes"             |
 * | past, or 7 or more     | "Tuesday, March 12"  | "el martes 12 de marzo" |
 *
 * A bare weekday is only unambiguous within the coming week, hence the dated
 * form outside it. Days are counted by local calendar date, not by 24-hour
 * spans, so 23:30 Monday -> 00:30 Tuesday is "tomorrow". GSM-7 safe.
 *
 * @throws {RangeError} on an invalid instant, `now`, time zone or language.
 */
export function formatDayRelative(instant: Date, tz: string, lang: Lang, now: Date): string {
  const { date } = localParts(instant, tz, lang);
  const today = localParts(now, tz, lang).date;
  const days = dayNumber(date) - dayNumber(today);
  if (days === 0) return lang === "es" ? "hoy" : "today";
  if (days === 1) return lang === "es" ? "mañana" : "tomorrow";
  const weekday = WEEKDAY_NAMES[lang][weekdayOf(date)];
  if (days >= 2 && days <= 6) return lang === "es" ? `el ${weekday}` : weekday;
  const { month, day } = parseDate(date);
  const monthName = MONTH_NAMES[lang][month - 1]!;
  return lang === "es" ? `el ${weekday} ${day} de ${monthName}` : `${weekday}, ${monthName} ${day}`;
}

/**
 * An instant as staff tools show it (the CLI's `status`, the local channel's terminal lines):
 * the local day and time in `tz` with the zone's abbreviation, "Sun Dec 6, 7:05 PM EST";
 * with `year`, "Sun Dec 6 2026, 7:05 PM EST". English, 12-hour, ASCII only.
 *
 * @throws {RangeError} on an invalid instant or time zone.
 */
export function formatStaffTime(instant: Date, tz: string, o: { year?: boolean } = {}): string {
  const { date } = localParts(instant, tz, "en");
  const { year, month, day } = parseDate(date);
  const weekday = WEEKDAY_NAMES.en[weekdayOf(date)].slice(0, 3);
  const monthName = MONTH_NAMES.en[month - 1]!.slice(0, 3);
  const zone = zoneAbbreviation(zoneFor(tz), instantMillis(instant));
  return `${weekday} ${monthName} ${day}${o.year ? ` ${year}` : ""}, ${formatTime(instant, tz, "en")} ${zone}`;
}

/** Whole days since the epoch of a "YYYY-MM-DD" date, for day differences. */
function dayNumber(date: string): number {
  const { year, month, day } = parseDate(date);
  return Math.round(utcMillis(year, month, day) / MS_PER_DAY);
}
