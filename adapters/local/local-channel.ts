import { randomUUID } from "node:crypto";
import type { Channel, InboundHandler } from "../../src/channel/channel.ts";
import type { InboundMessage, InboundResult, OutboundMessage, SendResult } from "../../src/domain/messages.ts";

/** A message the local channel delivered. */
export interface LocalDelivery {
  at: Date;
  message: OutboundMessage;
}

/**
 * The local channel: runs the whole product with no provider account. Outbound messages are
 * kept in memory (and persisted in the outbox like on every channel); people reply through
 * `receive`, which the CLI's `reply` command and the console call. Addresses are the
 * participant's or counselor's id, and `group:<id>` for a group's channel.
 */
export class LocalChannel implements Channel {
  readonly name = "local" as const;
  readonly delivered: LocalDelivery[] = [];
  private handler: InboundHandler | null = null;

  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly onDeliver?: (d: LocalDelivery) => void,
  ) {}

  async start(onInbound: InboundHandler): Promise<void> {
    this.handler = onInbound;
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const d = { at: this.clock(), message };
    this.delivered.push(d);
    this.onDeliver?.(d);
    return { providerId: null };
  }

  async stop(): Promise<void> {
    this.handler = null;
  }

  /** A person typing on the local channel. `from` is their participant or counselor id. */
  async receive(from: string, text: string, providerId?: string): Promise<InboundResult> {
    if (!this.handler) throw new Error("local channel is not started");
    const msg: InboundMessage = { channel: "local", providerId: providerId ?? `local-${randomUUID()}`, from, text, receivedAt: this.clock() };
    return this.handler(msg);
  }

  /** Messages delivered to one address, oldest first. */
  to(address: string): OutboundMessage[] {
    return this.delivered.filter((d) => d.message.to === address).map((d) => d.message);
  }
}
