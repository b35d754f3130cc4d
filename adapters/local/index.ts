import { defineChannelAdapter } from "../../src/channel/channel-adapter.ts";
import { realProvidersConfigured } from "../../src/config/read-env-options.ts";
import { BOT_LOCAL_KEEP, LocalChannel, type LocalDelivery } from "./local-channel.ts";

/** What the terminal shows of each local delivery. */
function printDelivery(d: LocalDelivery): void {
  console.log(`[${d.at.toISOString()}] to ${d.message.recipientKind === "group" ? "group " : ""}${d.message.recipientId} (local): ${d.message.text}`);
}

/**
 * The local channel as `npm start` runs it: only when no provider is configured (next to a
 * real one, a local "delivery" would count as an alert that reached a counselor when it
 * reached nobody). Deliveries are printed in the terminal, and the latest few kept for the console.
 */
export const localAdapter = defineChannelAdapter<Record<string, never>>({
  name: "local",
  readSettings: (env) => (realProvidersConfigured(env) ? null : {}),
  create: async (_settings, { clock }) => new LocalChannel(clock, printDelivery, BOT_LOCAL_KEEP),
  bannerLines: (_settings, { exampleParticipant }) => [
    `  channel: local (no provider configured). Messages appear below.`,
    `  reply as a participant:   npm run --silent cli -- reply ${exampleParticipant} "7"`,
    `  acknowledge an alert:     npm run --silent cli -- ack <code> --as <counselor-id>`,
  ],
});
