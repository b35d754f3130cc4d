import type { Config } from "../config/read-env-options.ts";
import { consoleMode } from "./console-mode.ts";
import { SteadyConsole } from "./steady-console.ts";

/**
 * The console main runs, from the settings: interactive with no provider configured,
 * read-only next to real providers when CONSOLE_WITH_PROVIDERS=true, otherwise none. Throws
 * a config_invalid SteadyError when it would listen beyond this computer without a token.
 */
export function consoleFromConfig(config: Config): SteadyConsole | null {
  const mode = consoleMode({ realProviders: config.realProviders, withProviders: config.console.withProviders });
  if (mode === "off") return null;
  return new SteadyConsole({ mode, host: config.host, token: config.console.token });
}

/** The lines `npm start` prints about the console, its address first so nobody misses it. */
export function consoleBanner(c: SteadyConsole | null, port: number): string[] {
  if (!c) return ["  console: off (provider settings found; CONSOLE_WITH_PROVIDERS=true shows a read-only console)"];
  const address = c.address(port);
  const rule = "  " + "=".repeat(64);
  return [
    rule,
    `  Steady console: ${address}`,
    ...(c.needsToken ? [`  (open it once as ${address}?token=<CONSOLE_TOKEN>)`] : []),
    c.mode === "interactive"
      ? "  Every phone, the counselor inbox and the group channels, with a clock to run a day."
      : "  Read-only: real providers are configured, so the console only shows.",
    rule,
  ];
}
