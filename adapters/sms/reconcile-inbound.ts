import type twilio from "twilio";
import type { InboundHandler } from "../../src/channel/channel.ts";
import { DIRECT, type InboundMessage } from "../../src/domain/messages.ts";
import type { SmsConfig } from "./read-sms-config.ts";

/** Messages one pass looks at, at most (a day of a clinic's texts is far fewer). */
export const RECONCILE_MAX_MESSAGES = 10_000;

/** What one pass found. */
export interface ReconcileResult {
  /** Texts to the bot in the window. */
  listed: number;
  /** Of those, texts the engine had not seen: their webhook never arrived. */
  handled: number;
  /** The window held more than RECONCILE_MAX_MESSAGES; the oldest were left. */
  truncated: boolean;
}

/**
 * Twilio calls the inbound webhook once. A text that arrives while the bot is restarting,
 * or whose webhook fails on the way, stays in Twilio's message log and nowhere else, a crisis
 * text among them. This lists the texts to the bot's number (or Messaging Service) sent in
 * [since, until) and hands each to the engine, oldest first; the engine deduplicates by
 * MessageSid, so texts that did arrive have no second effect. Replies go through the API.
 */
export async function reconcileInbound(
  client: twilio.Twilio,
  config: SmsConfig,
  window: { since: Date; until: Date },
  onInbound: InboundHandler,
): Promise<ReconcileResult> {
  const { sender } = config;
  const filter = "from" in sender ? { to: sender.from } : {};
  const listed = await client.messages.list({ ...filter, dateSentAfter: window.since, pageSize: 1000, limit: RECONCILE_MAX_MESSAGES });
  const texts = listed
    .filter((m) => m.direction === "inbound" && m.accountSid === config.accountSid)
    .filter((m) => ("from" in sender ? m.to === sender.from : m.messagingServiceSid === sender.messagingServiceSid))
    .map((m) => ({ m, at: m.dateSent ?? m.dateCreated }))
    .filter(({ at }) => at >= window.since && at < window.until)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  let handled = 0;
  for (const { m, at } of texts) {
    const message: InboundMessage = { channel: "sms", providerId: m.sid, from: m.from, text: m.body ?? "", receivedAt: at, conversation: DIRECT };
    const r = await onInbound(message);
    // No webhook to answer: the replies go through the API.
    await r.settle("send");
    if (!r.duplicate) handled++;
  }
  return { listed: texts.length, handled, truncated: listed.length >= RECONCILE_MAX_MESSAGES };
}
