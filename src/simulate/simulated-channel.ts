import type { Delivery, InboundHandler, InProcessChannel } from "../channel/channel.ts";
import { channelTraits } from "../channel/channel-registry.ts";
import { choicesAsText } from "../channel/choices-as-text.ts";
import { DIRECT, type InboundMessage, type InboundResult, type OutboundMessage, type SendResult } from "../domain/messages.ts";
import type { ChannelName } from "../domain/types.ts";

/** A message as the person reads it on a channel: its choices as buttons where the channel has them, in words where it has not. */
export function shownText(channel: ChannelName, m: Pick<OutboundMessage, "text" | "choices" | "choicesText">): string {
  if (!channelTraits(channel).buttons) return choicesAsText(m);
  const buttons = (m.choices ?? []).map((c) => `[${c.label}]`).join(" ");
  return buttons === "" ? m.text : `${m.text} ${buttons}`;
}

/**
 * A stand-in for one registry channel inside the simulator: the engine treats it by that
 * channel's traits (its text fitting, alert detail, buttons, STOP scope), addresses are the
 * program's contacts on it, and nothing leaves the process. It keeps what each message
 * showed, by outbox id, so the simulator prints what the person would read.
 */
export class SimulatedChannel implements InProcessChannel {
  /** What each message showed, by outbox id (the text of an edit, for a message edited in place). */
  readonly shown = new Map<string, string>();
  private handler: InboundHandler | null = null;
  private sent = 0;
  private received = 0;
  private readonly listeners = new Set<(d: Delivery) => void>();

  constructor(
    readonly name: ChannelName,
    private readonly clock: () => Date,
  ) {}

  async start(onInbound: InboundHandler): Promise<void> {
    this.handler = onInbound;
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    this.shown.set(message.id, shownText(this.name, message));
    const d = { at: this.clock(), message };
    for (const listen of this.listeners) listen(d);
    return { providerId: `sim-${this.name}-${++this.sent}` };
  }

  async edit(_providerId: string, message: OutboundMessage): Promise<void> {
    this.shown.set(message.id, shownText(this.name, message));
  }

  listen(listener: (d: Delivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.handler = null;
  }

  /** A message from `from` (an address on this channel); the replies and alerts are sent when this resolves. */
  async receive(from: string, text: string, providerId?: string, more: Partial<Pick<InboundMessage, "conversation" | "action">> = {}): Promise<InboundResult> {
    if (!this.handler) throw new Error(`simulated ${this.name} channel is not started`);
    const msg: InboundMessage = {
      channel: this.name,
      providerId: providerId ?? `sim-in-${this.name}-${++this.received}`,
      from,
      text,
      receivedAt: this.clock(),
      conversation: more.conversation ?? DIRECT,
      ...(more.action ? { action: more.action } : {}),
    };
    const result = await this.handler(msg);
    await result.settle("send");
    return result;
  }
}
