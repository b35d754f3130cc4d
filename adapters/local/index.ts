import { defineChannelAdapter } from "../../src/channel/channel-adapter.ts";
import { realProvidersConfigured } from "../../src/config/read-env-options.ts";
import { BOT_LOCAL_KEEP, LocalChannel } from "./local-channel.ts";
import { terminalLine } from "./terminal-line.ts";

/**
 * The local channel as `npm start` runs it: only when no provider is configured (next to a
 * real one, a local "delivery" would count as an alert that reached a counselor when it
 * reached nobody). Deliveries are printed in the terminal, and the latest few kept for the console.
 */
export const localAdapter = defineChannelAdapter<Record<string, never>>({
  name: "local",
  readSettings: (env) => (realProvidersConfigured(env) ? null : {}),
  // Each delivery is printed in the terminal, at the bot's clock in the program's time zone.
  create: async (_settings, { clock, timeZone }) => new LocalChannel(clock, (d) => console.log(terminalLine(d, timeZone())), BOT_LOCAL_KEEP),
  bannerLines: (_settings, { exampleParticipant }) => [
    `  channel: local (no provider configured). Messages appear below.`,
    `  reply as a participant:   npm run --silent cli -- reply ${exampleParticipant} "7"`,
    `  acknowledge an alert:     npm run --silent cli -- ack <code> --as <counselor-id>`,
  ],
});
