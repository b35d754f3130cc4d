/**
 * How the console runs. "interactive": the local demo, with reply boxes, Acknowledge and
 * Resolve buttons and the clock control. "read-only": alongside real providers, where typing
 * as a participant or moving the clock would reach real people. "off": not served.
 */
export type ConsoleMode = "interactive" | "read-only" | "off";

/**
 * The console never drives real providers: with them configured it is off unless asked for
 * (CONSOLE_WITH_PROVIDERS=true), and then it only shows.
 */
export function consoleMode(o: { realProviders: boolean; withProviders: boolean }): ConsoleMode {
  if (!o.realProviders) return "interactive";
  return o.withProviders ? "read-only" : "off";
}
