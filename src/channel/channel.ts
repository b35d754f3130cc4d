import type { DeliveryOutcome, DeliveryUpdate, InboundMessage, InboundOptions, InboundResult, OutboundMessage, SendResult } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";

/** How an adapter hands an inbound message to the engine. */
export type InboundHandler = (message: InboundMessage, options?: InboundOptions) => Promise<InboundResult>;

/** How an adapter hands a provider's delivery report to the engine. */
export type DeliveryHandler = (update: DeliveryUpdate) => Promise<DeliveryOutcome>;

/**
 * A transport. Adapters in adapters/ implement this and are the only code that knows a
 * provider. `send` throws a SteadyError coded `provider_transient` (retry later),
 * `provider_permanent` (never retry) or `recipient_opted_out`.
 */
export interface Channel {
  readonly name: ChannelName;
  start(onInbound: InboundHandler, onDelivery?: DeliveryHandler): Promise<void>;
  send(message: OutboundMessage): Promise<SendResult>;
  stop(): Promise<void>;
}
