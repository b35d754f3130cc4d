import type { Channel, ChannelServices, DeliveryHandler, InboundHandler, SendFence } from "../../../src/channel/channel.ts";
import { channelEntry } from "../../../src/channel/channel-registry.ts";
import type { DeliveryStatus, InboundMessage, OutboundMessage, SendResult } from "../../../src/domain/messages.ts";

/**
 * A chat channel that exists only in tests, shaped like Slack or Discord: buttons, group
 * conversations, delivery reports, and an acknowledgement the provider waits for. It proves
 * a new adapter needs its own folder and one registry line (registerChannel(STUB)), nothing in src/.
 */
export const STUB = channelEntry("stub", {
  addressFrom: "person-id",
  contact: null,
  groupChannel: null,
  alertDetail: "minimal",
  staffOnlyAllowed: false,
  fitText: (text) => text,
  buttons: true,
  groups: true,
  editInPlace: false,
  stopScope: "conversation",
  answersInResponse: false,
  providerVariable: null,
});

/** What the stub's provider sends it: a typed message or a button press, in a direct or group conversation. */
export type StubEvent =
  | { type: "message"; id: string; user: string; text: string; room?: string }
  | { type: "button"; id: string; user: string; actionId: string; value: string; room?: string };

/** A message the stub's provider accepted. */
export interface StubSent {
  providerId: string;
  to: string;
  text: string;
}

export class StubChannel implements Channel {
  readonly name = STUB.name;
  readonly sent: StubSent[] = [];
  /** Provider events acknowledged, in order (the provider's 3-second clock stops there). */
  readonly acks: string[] = [];
  private inbound: InboundHandler | null = null;
  private delivery: DeliveryHandler | null = null;

  constructor(private readonly clock: () => Date) {}

  async start(onInbound: InboundHandler, onDelivery?: DeliveryHandler, _services?: ChannelServices): Promise<void> {
    this.inbound = onInbound;
    this.delivery = onDelivery ?? null;
  }

  async send(message: OutboundMessage, fence?: SendFence): Promise<SendResult> {
    if (fence) await fence();
    const providerId = `stub-${this.sent.length + 1}`;
    this.sent.push({ providerId, to: message.to, text: message.text });
    return { providerId };
  }

  async stop(): Promise<void> {
    this.inbound = null;
    this.delivery = null;
  }

  /** The provider delivering an event: parse, hand over, acknowledge once durable, then send the replies. False when stopped. */
  async receive(event: StubEvent): Promise<boolean> {
    const handler = this.inbound;
    if (!handler) return false;
    const result = await handler(parse(event, this.clock()));
    this.acks.push(event.id);
    await result.settle("send");
    return true;
  }

  /** The provider reporting what became of a message it accepted. False when stopped. */
  async report(providerId: string, status: DeliveryStatus): Promise<boolean> {
    if (!this.delivery) return false;
    await this.delivery({ channel: this.name, providerId, status, ...(status === "failed" ? { failure: "provider_permanent" as const } : {}) });
    return true;
  }
}

function parse(event: StubEvent, receivedAt: Date): InboundMessage {
  const conversation = event.room ? { kind: "group" as const, id: event.room } : { kind: "direct" as const };
  const base = { channel: STUB.name, providerId: event.id, from: event.user, receivedAt, conversation };
  // A press reads as the word it stands for, so the engine takes it as it takes the typed reply.
  if (event.type === "button") return { ...base, text: event.value, action: { id: event.actionId, value: event.value } };
  return { ...base, text: event.text };
}
