import { setTimeout as delay } from "node:timers/promises";
import type { OutboundKind } from "../../src/domain/messages.ts";

/** Who goes first when several sends wait: a crisis reply never queues behind a batch of prompts. */
const PRIORITY: Record<OutboundKind, number> = { crisis: 0, alert: 1, reply: 2, system: 2, prompt: 3, nudge: 3, reminder: 3, group_reminder: 3 };

interface Waiter {
  priority: number;
  seq: number;
  resolve: () => void;
}

/**
 * Headroom on the one-second window: a send reaches the provider a little after its start,
 * by a varying amount, and without headroom two late-then-early arrivals can put N+1 messages
 * into one second at the provider. 25 ms keeps the rate at 97.6% of the limit.
 */
const JITTER_MARGIN_MS = 25;

/**
 * Spaces sends from one sender to at most `perSecond` per second as the provider sees them
 * (a US long code allows 1; a toll-free number or short code more), the most urgent waiter
 * first. Time and sleeping are injected so tests and benchmarks can drive it.
 */
export class SendRateLimiter {
  private readonly intervalMs: number;
  private nextAt = -Infinity;
  private readonly waiting: Waiter[] = [];
  private seq = 0;
  private pumping = false;

  constructor(
    perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<unknown> = (ms) => delay(ms),
  ) {
    this.intervalMs = (1000 + JITTER_MARGIN_MS) / perSecond;
  }

  /** Resolves when a message of this kind may be handed to the provider. */
  take(kind: OutboundKind): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push({ priority: PRIORITY[kind] ?? 3, seq: this.seq++, resolve });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        // Re-check after waking: a timer may fire a little early, and the limit is a ceiling.
        for (let wait = this.nextAt - this.now(); wait > 0; wait = this.nextAt - this.now()) await this.sleep(wait);
        let best = 0;
        for (let i = 1; i < this.waiting.length; i++) {
          const w = this.waiting[i]!;
          const b = this.waiting[best]!;
          if (w.priority < b.priority || (w.priority === b.priority && w.seq < b.seq)) best = i;
        }
        const [next] = this.waiting.splice(best, 1);
        this.nextAt = Math.max(this.now(), this.nextAt) + this.intervalMs;
        next!.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
}
