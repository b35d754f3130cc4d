/**
 * How late a reminder may still go out: a quarter of its offset, at most 6 hours. After a
 * restart a "tomorrow at 6 PM" reminder that is 3 hours late is still useful; a "starts in
 * an hour" reminder 40 minutes late is not, and the next reminder is due anyway.
 */
export function reminderGraceMs(offsetMinutes: number): number {
  return Math.min(6 * 3600_000, offsetMinutes * 60_000 * 0.25);
}
