import type { DestinationStream } from "pino";

/**
 * Log lines made readable for a person at a terminal (pino-pretty, to stderr): time, level in
 * colour, event, then the fields. The lines are redacted before they get here. Loaded only
 * when used, so a server never loads it.
 */
export async function prettyStream(): Promise<DestinationStream> {
  const { default: pretty } = await import("pino-pretty");
  return pretty({ destination: 2, sync: true, colorize: true, singleLine: true, messageKey: "event", timestampKey: "t", translateTime: "SYS:HH:MM:ss.l" });
}
