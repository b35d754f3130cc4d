import { randomUUID } from "node:crypto";
import type { Delivery, InboundHandler, InProcessChannel, SendFence } from "../../src/channel/channel.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import { DIRECT, type InboundMessage, type InboundResult, type OutboundMessage, type SendResult } from "../../src/domain/messages.ts";

/** Deliveries the long-running bot keeps in memory; the console and the CLI read the outbox. */
export const BOT_LOCAL_KEEP = 200;

/** A message the local channel delivered. */
export type LocalDelivery = Delivery;

/**
 * The local channel: runs the whole product with no provider account. Outbound messages are
 * kept in memory, the latest `keep` of them (and persisted in the outbox like on every
 * channel, which is what the console and the CLI read); people reply through
 * `receive`, which the CLI's `reply` command and the console call. Addresses are the
 * participant's or counselor's id, and `group:<id>` for a group's channel.
 */
export class LocalChannel implements InProcessChannel {
  readonly name = "local" as const;
  /** The latest deliveries, oldest first (all of them unless `keep` is set). */
  readonly delivered: LocalDelivery[] = [];
  /** Every delivery since the start, including those no longer kept. */
  deliveredCount = 0;
  private handler: InboundHandler | null = null;
  private readonly listeners = new Set<(d: LocalDelivery) => void>();

  /** `keep`: how many deliveries stay in memory; a long-running bot sets it (an evening's prompts would otherwise stay for good). */
  constructor(
    private readonly clock: () => Date = () => new Date(),
    private readonly onDeliver?: (d: LocalDelivery) => void,
    private readonly keep = Infinity,
  ) {}

  async start(onInbound: InboundHandler): Promise<void> {
    this.handler = onInbound;
  }

  async send(message: OutboundMessage, fence?: SendFence): Promise<SendResult> {
    // No provider call to wait for; the engine's fence still decides whether this goes out.
    if (fence) await fence();
    // No buttons here: what a person sees is the text with its choices in words.
    const d = { at: this.clock(), message: message.choices?.length ? { ...message, text: choicesAsText(message) } : message };
    this.delivered.push(d);
    this.deliveredCount++;
    // Trimmed in steps, not one message at a time: each trim moves what is kept.
    if (this.delivered.length >= 2 * this.keep) this.delivered.splice(0, this.delivered.length - this.keep);
    this.onDeliver?.(d);
    for (const listen of this.listeners) listen(d);
    return { providerId: null };
  }

  /** Calls `listener` with each delivery from now on (the console shows them at once); returns how to stop. */
  listen(listener: (d: LocalDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.handler = null;
  }

  /**
   * A person typing on the local channel. `from` is their participant or counselor id. The
   * replies go through the channel, and this waits for them (and the alerts after them), so
   * what the CLI, the console and the tests read next is already delivered.
   */
  async receive(from: string, text: string, providerId?: string, more: Partial<Pick<InboundMessage, "conversation" | "action">> = {}): Promise<InboundResult> {
    if (!this.handler) throw new Error("local channel is not started");
    const msg: InboundMessage = { channel: "local", providerId: providerId ?? `local-${randomUUID()}`, from, text, receivedAt: this.clock(), conversation: more.conversation ?? DIRECT, ...(more.action ? { action: more.action } : {}) };
    const result = await this.handler(msg);
    await result.settle("send");
    return result;
  }

  /** Messages delivered to one address, oldest first. */
  to(address: string): OutboundMessage[] {
    return this.delivered.filter((d) => d.message.to === address).map((d) => d.message);
  }
}
