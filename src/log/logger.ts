/**
 * Structured logging without personal data. Fields are limited to ids, counts and codes by
 * type: there is no place for free text, so a message body or a phone number can only get
 * into a log line by being passed as an id, which code review catches.
 */
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields & { errorCode?: string }): void;
}

/** The line's own keys. A field of the same name is written as `field_<name>`, never over them. */
const OWN_KEYS: ReadonlySet<string> = new Set(["t", "level", "event"]);

/**
 * One JSON line per event on the given stream (stderr by default). The line's time, level and
 * event always stand: a monitor that filters on `level` must see every error as an error,
 * whatever fields the call carries (an escalation's own `level`, say).
 */
export function createLogger(write: (line: string) => void = (l) => process.stderr.write(l + "\n"), now: () => Date = () => new Date()): Logger {
  const emit = (level: string) => (event: string, fields: LogFields = {}) => {
    const line: Record<string, LogValue> = { t: now().toISOString(), level, event };
    for (const [key, value] of Object.entries(fields)) line[OWN_KEYS.has(key) ? `field_${key}` : key] = value;
    write(JSON.stringify(line));
  };
  return { info: emit("info"), warn: emit("warn"), error: emit("error") };
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
