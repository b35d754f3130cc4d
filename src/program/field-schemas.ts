/**
 * Schemas of the single values in a program file: ids, clock times, dates, time zones and
 * contact addresses. Error messages never repeat a phone number or chat user id (they are
 * personal data); ids, times, dates and zones are fine to echo.
 */
import { z } from "zod";
import { didYouMean } from "./suggest.ts";

/** Stable, non-identifying ids of counselors, groups and participants ("p-014"). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;
export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;
export const SLACK_USER_PATTERN = /^[UW][A-Z0-9]{6,}$/;
export const SLACK_CHANNEL_PATTERN = /^[CG][A-Z0-9]{6,}$/;
export const DISCORD_ID_PATTERN = /^\d{17,20}$/;
export const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Day = (typeof DAYS)[number];

/** A day of the week, as written in a program file ("mon" ... "sun"). */
export const daySchema = z.enum(DAYS, { error: (iss) => `${JSON.stringify(iss.input)} is not a day; use ${DAYS.join(", ")}` });

const quoted = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : String(v));

/**
 * `z.strictObject` whose unknown-key error names each key with a "did you mean" hint.
 * The message has one line per unknown key, in the order of `issue.keys`; the loader splits
 * it so each key is reported on its own line of the file.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== "unrecognized_keys") return undefined;
      return iss.keys.map((k) => `unknown key "${k}"${didYouMean(k, known) || `; allowed keys: ${known.join(", ")}`}`).join("\n");
    },
  });
}

export const idSchema = z.string().regex(ID_PATTERN, {
  error: (iss) => `${quoted(iss.input)} is not a valid id: use 2-32 lowercase letters, digits and dashes, starting with a letter or digit (e.g. "p-014")`,
});

export const clockTimeSchema = z.string().regex(CLOCK_PATTERN, {
  error: (iss) => `${quoted(iss.input)} is not a 24-hour "HH:MM" time (e.g. "08:00" or "18:30")`,
});

/** Whether "YYYY-MM-DD" names a day that exists (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A local calendar date, kept as "YYYY-MM-DD". The YAML loader hands dates over as strings;
 * a Date (from other YAML schemas or callers) is accepted and turned back into its UTC day.
 */
export const dateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, { error: (iss) => `${quoted(iss.input)} is not a date in the form YYYY-MM-DD (e.g. 2026-11-02)` }),
);

let zoneNames: string[] | undefined;
function knownZones(): string[] {
  zoneNames ??= typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zoneNames;
}

/** The runtime's canonical name of an IANA time zone, or null when it is unknown. */
export function canonicalTimeZone(tz: string): string | null {
  if (tz.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone name such as "America/Chicago", normalized to the runtime's spelling. */
export const timeZoneSchema = z.string().transform((tz, ctx) => {
  const canonical = canonicalTimeZone(tz);
  if (canonical !== null) return canonical;
  ctx.addIssue({ code: "custom", message: `unknown time zone "${tz}"${didYouMean(tz, knownZones())}; use an IANA name such as "America/Chicago"` });
  return z.NEVER;
});

/** Raised when a YAML number arrives where an address (which must be text) was expected. */
const textOnly = (advice: string) => (iss: { code?: string; input?: unknown }) =>
  iss.code === "invalid_type" && typeof iss.input === "number" ? advice : undefined;

export const phoneSchema = z.string({ error: textOnly('write the phone number in quotes, with "+" and the country code, e.g. "+13125550114"') }).regex(E164_PATTERN, {
  error: (iss) => {
    const digits = typeof iss.input === "string" ? iss.input.replace(/[\s().-]/g, "") : "";
    const hint = E164_PATTERN.test(digits) ? " without spaces, dashes or parentheses" : digits.startsWith("+") ? "" : ' starting with "+" and the country code';
    return `not an E.164 phone number: write it as in "+13125550114"${hint}`;
  },
});

export const slackUserSchema = z.string({ error: textOnly('write the Slack user id in quotes, e.g. "U0123ABCD"') }).regex(SLACK_USER_PATTERN, {
  error: () => 'not a Slack user id (a "U" or "W" followed by capital letters and digits, e.g. "U0123ABCD")',
});

export const slackChannelSchema = z.string({ error: textOnly('write the Slack channel id in quotes, e.g. "C0123GROUP"') }).regex(SLACK_CHANNEL_PATTERN, {
  error: () => 'not a Slack channel id (a "C" or "G" followed by capital letters and digits, e.g. "C0123GROUP")',
});

export const discordIdSchema = z.string({ error: textOnly('write the Discord id in quotes, e.g. "123456789012345678"') }).regex(DISCORD_ID_PATTERN, {
  error: () => 'not a Discord id (17 to 20 digits, in quotes, e.g. "123456789012345678")',
});

/** Whole minutes, at least `min`. */
export const minutesSchema = (min = 1, max = 7 * 24 * 60) => z.int().min(min).max(max);

/** An array whose items are all different; reports the first repeated item. */
export function uniqueItems<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Set<unknown>();
    items.forEach((v, i) => {
      if (seen.has(v)) ctx.addIssue({ code: "custom", path: [i], message: `${what} ${quoted(v)} is listed twice` });
      seen.add(v);
    });
  });
}
