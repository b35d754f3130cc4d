import { pino, type DestinationStream } from "pino";
import type { LogLevel } from "./log-level.ts";
import { maskPhoneNumbers } from "./mask-phone-numbers.ts";
import { CENSORED, REDACT_PATHS } from "./redact-paths.ts";

/**
 * Structured logging without personal data. Fields are limited to ids, counts and codes by
 * type: there is no place for free text, so a message body or a phone number can only get
 * into a log line by being passed as an id, which code review catches. Should one get
 * through anyway, the line is scrubbed before it is written: fields named for personal data
 * are censored (REDACT_PATHS) and phone numbers in string values are masked.
 */
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields & { errorCode?: string }): void;
}

export interface LoggerOptions {
  /** Receives each line without its newline (tests collect them); stderr by default. */
  write?: (line: string) => void;
  /** Where the lines go instead of stderr (a terminal's pretty printer); `write` wins over it. */
  stream?: DestinationStream;
  /** The clock of the line's time. */
  now?: () => Date;
  level?: LogLevel;
}

/**
 * The line's own keys. A field of the same name is written as `field_<name>`, never over
 * them (`time` and `msg` are pino's usual keys, which log tools may read as the line's own).
 */
const OWN_KEYS: ReadonlySet<string> = new Set(["t", "time", "level", "event", "msg"]);

/** How many objects deep a field may go (the depth REDACT_PATHS cover); anything deeper is not written. */
const MAX_DEPTH = 2;

/**
 * One JSON line per event (pino) on stderr, so that stdout stays the terminal's transcript of
 * the local channel: `{"level":"warn","t":"<ISO time>","event":"inbound_risk",...fields}`.
 * The line's time, level and event always stand: a monitor that filters on `level` must see
 * every error as an error, whatever fields the call carries (an escalation's own `level`, say).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const now = options.now ?? (() => new Date());
  const write = options.write;
  const destination: DestinationStream = write
    ? { write: (s: string) => write(s.endsWith("\n") ? s.slice(0, -1) : s) }
    : (options.stream ?? process.stderr);
  const make = (paths: readonly string[]) =>
    pino(
      {
        level: options.level ?? "info",
        base: null,
        messageKey: "event",
        timestamp: () => `,"t":"${now().toISOString()}"`,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: [...paths], censor: CENSORED },
        // Not pino's error serializer, which writes an error's message and stack (scrub labels errors).
        serializers: {},
      },
      destination,
    );
  // Wildcard redaction costs some 0.1 ms per line and level of depth, so it is only used for
  // a line that has an object among its fields (which the type allows no caller to pass).
  const flat = make(REDACT_PATHS.filter((p) => !p.includes("*")));
  let deep: pino.Logger | null = null;
  const emit = (level: "info" | "warn" | "error") => (event: string, fields?: LogFields) => {
    if (!flat.isLevelEnabled(level)) return;
    const line = lineFields(event, fields);
    if (!line.nested) flat[level](line.fields);
    else (deep ??= make(REDACT_PATHS))[level](line.fields);
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** The line's event and fields, own keys kept apart and string values masked; `nested` when a field holds an object. */
function lineFields(event: string, fields: LogFields | undefined): { fields: Record<string, unknown>; nested: boolean } {
  const line: Record<string, unknown> = { event: maskPhoneNumbers(event) };
  let nested = false;
  if (fields) {
    for (const key of Object.keys(fields)) {
      const value = scrub(fields[key], 0);
      if (value !== null && typeof value === "object") nested = true;
      line[OWN_KEYS.has(key) ? `field_${key}` : key] = value;
    }
  }
  return { fields: line, nested };
}

/**
 * A value as it may be written. The type allows scalars only; this holds for callers that get
 * around it: an error becomes its label, objects are copied with their strings masked, and
 * objects deeper than MAX_DEPTH are left out.
 */
function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") return maskPhoneNumbers(value);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Error) return errorLabel(value);
  if (depth >= MAX_DEPTH) return "[object]";
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = scrub(v, depth + 1);
  return copy;
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A safe label for an unknown error: its code or class, never its message (which may quote data). */
export function errorLabel(e: unknown): string {
  if (e && typeof e === "object") {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" || typeof code === "number") return String(code);
    return (e as { name?: string }).name ?? "Error";
  }
  return typeof e;
}
