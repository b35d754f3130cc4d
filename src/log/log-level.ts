/** The lowest level of log line written (`silent` writes none). */
export type LogLevel = "info" | "warn" | "error" | "silent";

/** Every LogLevel, for the LOG_LEVEL setting. */
export const LOG_LEVELS: readonly LogLevel[] = ["info", "warn", "error", "silent"];
