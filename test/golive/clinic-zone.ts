import { DateTime } from "luxon";

// Clinics around the world, at most three hours apart: whenever the test runs, it is the
// working day in one of them.
const ZONES = [
  "Pacific/Honolulu",
  "America/Los_Angeles",
  "America/Chicago",
  "America/Sao_Paulo",
  "Atlantic/Azores",
  "Europe/London",
  "Europe/Istanbul",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Bangkok",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

/**
 * A time zone where `now` is between 09:00 and 17:00, well inside the default office hours
 * and outside the default quiet hours, with the same date for the next few minutes: the
 * program's time zone for a test that runs on real time.
 */
export function clinicZone(now: Date): string {
  for (const zone of ZONES) {
    const t = DateTime.fromJSDate(now).setZone(zone);
    if (t.hour >= 9 && t.hour < 17) return zone;
  }
  throw new Error(`no clinic zone is between 09:00 and 17:00 at ${now.toISOString()}`);
}

/** "HH:MM", the first whole minute at least `leadSeconds` after `now`, in `zone`, and that day's date. */
export function checkinTimeAfter(now: Date, zone: string, leadSeconds: number): { time: string; date: string; at: Date } {
  const t = DateTime.fromJSDate(now).setZone(zone).plus({ seconds: leadSeconds });
  const at = t.second === 0 && t.millisecond === 0 ? t : t.startOf("minute").plus({ minutes: 1 });
  return { time: at.toFormat("HH:mm"), date: at.toISODate()!, at: at.toJSDate() };
}
