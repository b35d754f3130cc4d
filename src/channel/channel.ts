import type { InboundMessage, InboundResult, OutboundMessage, SendResult } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";

/** How an adapter hands an inbound message to the engine. */
export type InboundHandler = (message: InboundMessage) => Promise<InboundResult>;

/**
 * A transport. Adapters in adapters/ implement this and are the only code that knows a
 * provider. `send` throws a SteadyError coded `provider_transient` (retry later),
 * `provider_permanent` (never retry) or `recipient_opted_out`.
 */
export interface Channel {
  readonly name: ChannelName;
  start(onInbound: InboundHandler): Promise<void>;
  send(message: OutboundMessage): Promise<SendResult>;
  stop(): Promise<void>;
}
