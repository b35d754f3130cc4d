import type { DeliveryOutcome, DeliveryUpdate, InboundMessage, InboundResult, OutboundMessage, SendResult } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";

/**
 * How an adapter hands an inbound message to the engine: durable, then acknowledge, then act.
 * It resolves once the message is durable, with its replies held; the adapter acknowledges
 * the provider and then calls the result's `settle` once ("inline" or "send").
 */
export type InboundHandler = (message: InboundMessage) => Promise<InboundResult>;

/** How an adapter hands a provider's delivery report to the engine. */
export type DeliveryHandler = (update: DeliveryUpdate) => Promise<DeliveryOutcome>;

/** What the engine offers adapters besides the two handlers. */
export interface ChannelServices {
  /**
   * How many milliseconds a send from `sender` (a provider-side sender: a number, a
   * messaging service) should wait so that every instance on the database together keeps
   * `intervalMs` between that sender's sends. 0 when the database cannot say in time.
   */
  sendSlotWait(sender: string, intervalMs: number): Promise<number>;
  /** When the latest message on `channel` the engine has stored arrived, or null if none ever did. */
  lastInboundAt(channel: ChannelName): Promise<Date | null>;
  /**
   * Takes or renews, for this instance, the lease on work that must run in one place at a time
   * (`name`, such as the SMS message-log check) for `ms`: true while this instance holds it.
   * Another instance takes over once the holder has not renewed it for `ms`.
   */
  holdLease(name: string, ms: number): Promise<boolean>;
  /** Gives the lease up (at a graceful stop), so another instance takes over at its next try. */
  releaseLease(name: string): Promise<void>;
}

/**
 * Confirms, right before a provider call, that this process may still send the message: it
 * resolves, or throws a SteadyError coded `claim_lost` when another instance has taken the
 * message over (this one stalled past its claim, and the other may have sent it already).
 */
export type SendFence = () => Promise<void>;

/**
 * A transport. Adapters in adapters/ implement this and are the only code that knows a
 * provider. `send` throws a SteadyError coded `provider_transient` (retry later),
 * `provider_permanent` (never retry), `recipient_opted_out` or `recipient_unreachable` (this
 * address cannot reach the person: the message moves to their next channel). A channel whose
 * registry traits say `buttons` shows `choices` as buttons; one without appends them as text
 * (choicesAsText). One whose traits say `editInPlace` implements `edit`. `send` calls `fence`,
 * when given, after any wait of its own (its rate limit) and immediately before the provider
 * call; when the fence throws, nothing is sent and the send throws that error.
 */
export interface Channel {
  readonly name: ChannelName;
  start(onInbound: InboundHandler, onDelivery?: DeliveryHandler, services?: ChannelServices): Promise<void>;
  send(message: OutboundMessage, fence?: SendFence): Promise<SendResult>;
  /**
   * Replaces what the message with this provider id shows by `message` (its text and choices;
   * no choices removes the buttons). Throws like `send`.
   */
  edit?(providerId: string, message: OutboundMessage): Promise<void>;
  /**
   * Whether the channel can reach its provider, as its adapter last found it: null when it
   * can (or it has no provider), otherwise what is wrong in words an operator can act on,
   * with no personal data. /readyz names the channel with these words. A message's own
   * failure (one bad address) is not the channel's health.
   */
  health?(): string | null;
  stop(): Promise<void>;
}

/** A message an in-process channel delivered, and when. */
export interface Delivery {
  at: Date;
  message: OutboundMessage;
}

/**
 * A channel inside this process that people type into (the local channel): the CLI's
 * `reply`, the simulator and the console type on one.
 */
export interface InProcessChannel extends Channel {
  /**
   * A person typing: `from` is their address on the channel. Resolves once the replies (and
   * the alerts after them) were sent. `more`: a group conversation, or a button press.
   */
  receive(from: string, text: string, providerId?: string, more?: Partial<Pick<InboundMessage, "conversation" | "action">>): Promise<InboundResult>;
  /** Calls `listener` with each delivery from now on (the console shows them at once); returns how to stop. */
  listen(listener: (d: Delivery) => void): () => void;
}

/** Whether a channel is one people type into from this process. */
export function isInProcessChannel(c: Channel): c is InProcessChannel {
  return "receive" in c && "listen" in c;
}
