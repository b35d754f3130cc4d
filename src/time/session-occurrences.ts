/**
 * Expanding weekly recurring group sessions into concrete occurrences.
 */
import { atLocalTime } from "./at-local-time.ts";
import { addDays, compareDates, localDate, type Weekday, WEEKDAYS, weekdayOf } from "./local-date.ts";
import { parseClock } from "./parse-clock.ts";
import { instantMillis } from "./zone.ts";

const MS_PER_MINUTE = 60_000;

/**
 * A group session that recurs every week at the same local time, e.g.
 * { days: ["tue", "thu"], start: "18:00", durationMinutes: 180 }.
 */
export type WeeklySession = {
  /** Days of the week the session meets. */
  days: Weekday[];
  /** Local "HH:MM" start time, in the program's time zone. */
  start: string;
  /** Length in elapsed minutes (must be positive). */
  durationMinutes: number;
  /** Where it meets, for reminder text. */
  location?: string;
};

/** One concrete meeting of a {@link WeeklySession}. */
export type SessionOccurrence = {
  /** The instant the session starts. */
  start: Date;
  /** `start` plus `durationMinutes` of elapsed time. */
  end: Date;
  /** Index into the `sessions` array passed to {@link sessionOccurrences}. */
  sessionIndex: number;
  /**
   * The local date ("YYYY-MM-DD") the meeting is scheduled for. Equal to the
   * local date of `start` except in the rare zone whose DST gap swallows the
   * start and crosses midnight.
   */
  date: string;
};

/**
 * Every occurrence of `sessions` in time zone `tz` whose start lies in
 * `[from, to)`, sorted by start (ties by `sessionIndex`).
 *
 * Starts follow the local wall clock, so a 6 PM Tuesday session stays 6 PM
 * local across DST changes (its UTC time moves by an hour). A start that falls
 * in a DST gap or overlap resolves as {@link atLocalTime} does. `end` is
 * elapsed time, so a session spanning a DST change still lasts its full
 * duration.
 *
 * @throws {RangeError} on an invalid instant, time zone, clock, weekday or a
 *   non-positive duration.
 */
export function sessionOccurrences(sessions: WeeklySession[], tz: string, from: Date, to: Date): SessionOccurrence[] {
  const fromMs = instantMillis(from);
  const toMs = instantMillis(to);
  sessions.forEach(validateSession);
  if (toMs <= fromMs) return [];

  // One local day of slack at each end: the local date of `from`/`to` and the
  // date a start resolves to can differ when a gap pushes a start past midnight.
  const firstDate = addDays(localDate(from, tz), -1);
  const lastDate = addDays(localDate(to, tz), 1);

  const occurrences: SessionOccurrence[] = [];
  for (let date = firstDate; compareDates(date, lastDate) <= 0; date = addDays(date, 1)) {
    const weekday = weekdayOf(date);
    sessions.forEach((session, sessionIndex) => {
      // A Set so a day listed twice does not produce a duplicate meeting.
      if (!new Set(session.days).has(weekday)) return;
      const start = atLocalTime(date, session.start, tz);
      const startMs = start.getTime();
      if (startMs < fromMs || startMs >= toMs) return;
      const end = new Date(startMs + session.durationMinutes * MS_PER_MINUTE);
      occurrences.push({ start, end, sessionIndex, date });
    });
  }
  return occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || a.sessionIndex - b.sessionIndex);
}

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Fail on configuration mistakes up front instead of silently skipping a session. */
function validateSession(session: WeeklySession, index: number): void {
  parseClock(session.start);
  for (const day of session.days) {
    if (!WEEKDAY_SET.has(day)) throw new RangeError(`Session ${index}: unknown weekday ${JSON.stringify(day)}`);
  }
  if (!Number.isFinite(session.durationMinutes) || session.durationMinutes <= 0) {
    throw new RangeError(`Session ${index}: durationMinutes must be positive, got ${session.durationMinutes}`);
  }
}
