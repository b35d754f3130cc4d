import type { ChannelName } from "./types.ts";

/** A message received from a person on some channel, as every adapter hands it to the engine. */
export interface InboundMessage {
  channel: ChannelName;
  /** The provider's id of this message (Twilio MessageSid, Slack ts, Discord id); used to dedupe. */
  providerId: string;
  /** The sender's address on that channel (E.164 phone, Slack/Discord user id, local id). */
  from: string;
  text: string;
  receivedAt: Date;
  /** An opt-out already handled upstream by the provider (Twilio Advanced Opt-Out). */
  upstreamKeyword?: "stop" | "start" | "help";
}

/** What kind of outbound message this is; routine kinds wait out quiet hours. */
export type OutboundKind = "prompt" | "nudge" | "reminder" | "group_reminder" | "reply" | "crisis" | "alert" | "system";

/** Routine messages are held during quiet hours and dropped when stale. */
export const ROUTINE_KINDS: ReadonlySet<OutboundKind> = new Set(["prompt", "nudge", "reminder", "group_reminder"]);

/** Who a message is for. */
export type RecipientKind = "participant" | "counselor" | "group" | "unknown";

/** A message to send, as the engine hands it to a channel adapter. */
export interface OutboundMessage {
  /** Outbox row id. */
  id: string;
  channel: ChannelName;
  /** Address on the channel (phone, user or channel id; for the local channel the recipient id). */
  to: string;
  text: string;
  kind: OutboundKind;
  recipientKind: RecipientKind;
  recipientId: string;
  /** Stable across retries; a provider that sees it twice can tell the resend. */
  idempotencyKey: string;
}

/** The provider's answer to a send. */
export interface SendResult {
  /** Provider message id (Twilio SID, Slack ts, ...), or null when the channel has none. */
  providerId: string | null;
}

/** The engine's answer to an inbound message. */
export interface InboundResult {
  /** True when this provider message id was seen before; nothing was done. */
  duplicate: boolean;
  /** Replies to the sender, already persisted in the outbox. */
  replies: OutboundMessage[];
}
