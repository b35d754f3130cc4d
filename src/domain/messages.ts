import type { ChannelName } from "./types.ts";

/**
 * Where a message was written: to the bot alone, or in a group conversation the bot is in
 * (a Slack or Discord channel), with the provider's id of that conversation. A message in a
 * group is assessed for risk only and is never read as a check-in answer, keyword or RSVP.
 */
export type Conversation = { kind: "direct" } | { kind: "group"; id: string };

/** The direct conversation, as SMS and the local channel always have it. */
export const DIRECT: Conversation = { kind: "direct" };

/** A button a person pressed under a message: which one, and the value it carries. */
export interface InboundAction {
  id: string;
  value: string;
}

/** A message received from a person on some channel, as every adapter hands it to the engine. */
export interface InboundMessage {
  channel: ChannelName;
  /** The provider's id of this message (Twilio MessageSid, Slack ts, Discord id); used to dedupe. */
  providerId: string;
  /** The sender's address on that channel (E.164 phone, Slack/Discord user id, local id). */
  from: string;
  /**
   * What the person said. For a button press, what a typed reply would be ("7", "GOING"),
   * so the engine reads it as it reads the typed word.
   */
  text: string;
  receivedAt: Date;
  /** Where it was written; replies always go to the sender directly, never to a group. */
  conversation: Conversation;
  /** Present when this is a button press rather than typed text. */
  action?: InboundAction;
  /** An opt-out already handled upstream by the provider (Twilio Advanced Opt-Out). */
  upstreamKeyword?: "stop" | "start" | "help";
}

/** What kind of outbound message this is; routine kinds wait out quiet hours. */
export type OutboundKind =
  | "welcome"
  | "prompt"
  | "nudge"
  | "reminder"
  | "group_reminder"
  | "reply"
  | "crisis"
  | "screen"
  | "alert"
  | "staff_reply"
  | "system"
  /** An update of a message already sent (an alert marked acknowledged), on channels that can edit. */
  | "edit";

/**
 * What a message is for, where its kind says less (stored as Outbox.purpose): a check-in
 * question asked again after an answer it could not read, the confirmation of STOP or START,
 * an alert of a later step of the ladder, a counselor's daily summary.
 */
export type MessagePurpose = "reprompt" | "opt_out" | "opt_in" | "reescalation" | "digest";

/** Routine messages are held during quiet hours and dropped when stale. */
export const ROUTINE_KINDS: ReadonlySet<OutboundKind> = new Set(["welcome", "prompt", "nudge", "reminder", "group_reminder"]);

/** Messages about someone's safety: sent on their own lane, never behind routine ones. */
export const URGENT_KINDS: readonly OutboundKind[] = ["crisis", "screen", "alert"];

/** Who a message is for. */
export type RecipientKind = "participant" | "counselor" | "group" | "unknown";

/**
 * An answer a message offers: a channel with buttons shows `label` on one, and pressing it
 * means the same as typing `reply`, which is what a channel without buttons asks for.
 */
export interface Choice {
  /** Stable within the message ("ack", "going"). */
  id: string;
  /** The button's words, in the recipient's language ("Acknowledge"). */
  label: string;
  /** What typing the answer would be ("ACK 4821"). */
  reply: string;
}

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
  /** Answers the message offers; the text itself does not spell them out (see choicesAsText). */
  choices?: Choice[];
  /**
   * How a channel without buttons asks for the choices, in the recipient's language, after the
   * text ("Reply ACK 4821."); when absent it says "Reply <reply>." for each.
   */
  choicesText?: string;
}

/** The provider's answer to a send. */
export interface SendResult {
  /** Provider message id (Twilio SID, Slack ts, ...), or null when the channel has none. */
  providerId: string | null;
}

/** How held replies finally went out: in the adapter's own response, or through the channel. */
export type Settlement = "inline" | "send";

/**
 * The engine's answer to an inbound message. It comes once the message is durable (stored,
 * kept in the spool, or answered from memory by the crisis fallback), with the replies held:
 * the adapter acknowledges the provider, then calls `settle` once to say how the replies go.
 */
export interface InboundResult {
  /** True when this provider message id was seen before; nothing was done. */
  duplicate: boolean;
  /** Replies to the sender, already persisted in the outbox and held for this process. */
  replies: OutboundMessage[];
  /**
   * "inline": the adapter is about to put the replies in its response to the provider (TwiML);
   * they are recorded as sent, and false means that could not be recorded (then the adapter
   * must not answer inline and calls settle("send")). "send": they go out through the channel,
   * and the staff alerts the message raised after them; resolves once all were handed to it.
   * After "inline" the alerts go in the background. The first settlement that succeeds wins;
   * any later call returns false.
   */
  settle(how: Settlement): Promise<boolean>;
}

/** Delivery states a provider reports for a message it accepted. */
export type DeliveryStatus = "queued" | "sent" | "delivered" | "undelivered" | "failed";

/** A provider's delivery report (Twilio status callback), in the engine's terms. */
export interface DeliveryUpdate {
  channel: ChannelName;
  /** The provider's id of the outbound message. */
  providerId: string;
  /** The outbox idempotency key the adapter attached to the message, when the provider echoes it. */
  idempotencyKey?: string | null;
  status: DeliveryStatus;
  /**
   * Why it failed, in our codes: recipient_opted_out (carrier opt-out), recipient_unreachable
   * (the person cannot be reached at this address), provider_permanent, provider_transient.
   */
  failure?: "recipient_opted_out" | "recipient_unreachable" | "provider_permanent" | "provider_transient" | null;
  /** The provider's own error code (e.g. Twilio 30003), kept on the row for operators. */
  providerCode?: string | null;
}

/** What the engine did with a delivery report. */
export type DeliveryOutcome = "updated" | "ignored" | "unknown";
