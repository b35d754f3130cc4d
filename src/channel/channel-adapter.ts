import type { ChannelName } from "../domain/types.ts";
import type { HttpServer } from "../http/http-server.ts";
import type { Logger } from "../log/logger.ts";
import type { Metrics } from "../metrics/metrics.ts";
import type { Channel } from "./channel.ts";

/** The environment settings are read from (process.env in main; tests pass their own). */
export type Env = Record<string, string | undefined>;

/** What main gives an adapter to make its channel. */
export interface ChannelDeps {
  /** The bot's HTTP server: webhooks are mounted on it before it listens. */
  http: HttpServer;
  logger: Logger;
  clock: () => Date;
  /** The program's time zone now (it follows a reloaded program file), for times shown to whoever runs the bot. */
  timeZone: () => string;
  /** Where webhook timings are recorded (see timedWebhook); nowhere when absent. */
  metrics?: Metrics;
  /**
   * Says one plain line to whoever runs the bot (main prints it as a `warning:` on stderr),
   * beside the log line: a provider that cannot be reached at start, named. No personal data.
   */
  warn?: (line: string) => void;
}

/** What the start-up banner lines of a channel may mention. */
export interface BannerInfo {
  /** A participant id to show in examples ("p-001"). */
  exampleParticipant: string;
}

/**
 * One channel adapter as main sees it; each adapter folder's index.ts exports one, made by
 * defineChannelAdapter. Main reads every adapter's settings, makes the configured ones and
 * prints their lines: it knows no adapter by name.
 */
export interface ChannelAdapterSpec<Settings> {
  readonly name: ChannelName;
  /**
   * The adapter's settings, parsed once (zod): null when it is not configured and does not
   * run. Throws a config_invalid SteadyError naming each bad or missing variable and where to find it.
   */
  readSettings(env: Env): Settings | null;
  /** Makes the channel. Async so that a provider's package is loaded only when it is configured. */
  create(settings: Settings, deps: ChannelDeps): Promise<Channel>;
  /** Lines about this channel for the start-up banner, each indented by two spaces. */
  bannerLines(settings: Settings, info: BannerInfo): string[];
}

/** An adapter whose settings were found: what is left to do with it. */
export interface ConfiguredChannel {
  readonly name: ChannelName;
  create(deps: ChannelDeps): Promise<Channel>;
  bannerLines(info: BannerInfo): string[];
}

/** An adapter, its settings type hidden, so main can hold several in one list. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  /** The adapter with its settings, or null when it is not configured. */
  configure(env: Env): ConfiguredChannel | null;
}

export function defineChannelAdapter<Settings>(spec: ChannelAdapterSpec<Settings>): ChannelAdapter {
  return {
    name: spec.name,
    configure(env) {
      const settings = spec.readSettings(env);
      if (settings === null) return null;
      return { name: spec.name, create: (deps) => spec.create(settings, deps), bannerLines: (info) => spec.bannerLines(settings, info) };
    },
  };
}

/** The adapters configured in `env`, in the order given. */
export function configuredChannels(adapters: readonly ChannelAdapter[], env: Env): ConfiguredChannel[] {
  return adapters.flatMap((a) => a.configure(env) ?? []);
}
