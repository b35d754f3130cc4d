import type { InboundMessage } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";

/** Who sent a message, as one key: the channel and the address on it. */
export function senderKey(msg: Pick<InboundMessage, "channel" | "from">): string {
  return `${msg.channel}\u0000${msg.from}`;
}

/**
 * Handles one sender's messages one after the other, in the order they arrived; different
 * senders run side by side. Without it, a message taking the general path (several awaited
 * queries) could be overtaken by the same person's next message on the fast path, and a
 * check-in answer would be read against the wrong question.
 */
export class SenderOrder {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(sender: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(sender);
    const result = before ? before.then(task, task) : task();
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(sender, tail);
    void tail.then(() => {
      if (this.tails.get(sender) === tail) this.tails.delete(sender);
    });
    return result;
  }

  /** Senders with a message in hand (for tests: the map must not grow without bound). */
  get size(): number {
    return this.tails.size;
  }
}

const orders = new WeakMap<EngineContext, SenderOrder>();

/** The engine's SenderOrder. */
export function senderOrder(ctx: EngineContext): SenderOrder {
  let o = orders.get(ctx);
  if (!o) orders.set(ctx, (o = new SenderOrder()));
  return o;
}
