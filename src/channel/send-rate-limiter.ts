import { setTimeout as delay } from "node:timers/promises";
import type { OutboundKind } from "../domain/messages.ts";

/** Who goes first when several sends wait: a crisis reply never queues behind a batch of prompts. */
const PRIORITY: Record<OutboundKind, number> = { crisis: 0, screen: 0, alert: 1, reply: 2, staff_reply: 2, system: 2, edit: 2, welcome: 3, prompt: 3, nudge: 3, reminder: 3, group_reminder: 3 };

/** Call when the provider has answered the send (or it failed). */
export type Release = () => void;

interface Waiter {
  priority: number;
  seq: number;
  resolve: (release: Release) => void;
}

/**
 * Keeps one sender at most `perSecond` messages in any second as the provider sees them (a
 * US long code allows 1; toll-free numbers and short codes more), the most urgent waiter
 * first. A send counts from when it starts until a second after the provider answered: a
 * request reaches the provider somewhere in between, so however its latency varies, no
 * second at the provider holds more than the limit. Starts are also spaced evenly, so a
 * backlog goes out smoothly. Time and sleeping are injected for tests.
 *
 * Several instances sending for one sender share its limit through `share`: each start then
 * also waits for a slot all instances take in turn (src/outbox/reserve-send-slot.ts), which
 * spaces their starts together. A crisis reply or a page takes its slot without waiting for
 * it: it never waits on the database. The in-flight window above stays per instance: between
 * instances, arrivals at the provider can bunch by the spread of its response times (a few
 * milliseconds, and the provider queues what is early; a crisis reply may be one of them).
 */
export class SendRateLimiter {
  private readonly intervalMs: number;
  private nextAt = -Infinity;
  /** Sends that still count: when the provider answered each (Infinity while in flight). */
  private counted: { answeredAt: number }[] = [];
  private readonly waiting: Waiter[] = [];
  private seq = 0;
  private pumping = false;
  private wake: (() => void) | null = null;
  private shared: ((intervalMs: number) => Promise<number>) | null = null;

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<unknown> = (ms) => delay(ms),
  ) {
    this.intervalMs = 1000 / perSecond;
  }

  /** From now on, each start also waits as long as `slotWait` says (the milliseconds until this instance's turn). */
  share(slotWait: (intervalMs: number) => Promise<number>): void {
    this.shared = slotWait;
  }

  /** Resolves when a message of this kind may be handed to the provider; call the release when it answered. */
  take(kind: OutboundKind): Promise<Release> {
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
        await this.untilFree();
        let best = 0;
        for (let i = 1; i < this.waiting.length; i++) {
          const w = this.waiting[i]!;
          const b = this.waiting[best]!;
          if (w.priority < b.priority || (w.priority === b.priority && w.seq < b.seq)) best = i;
        }
        const [next] = this.waiting.splice(best, 1);
        // The spacing counts from here, not from after the shared slot's round trip to the
        // database, which would otherwise add to every interval.
        let start = this.now();
        if (this.shared && next!.priority <= PRIORITY.alert) {
          // A crisis reply or a page takes its slot (the other instances space their sends
          // after it) without waiting for the database to hand it out: at worst it reaches the
          // provider one interval early, and the provider queues it.
          void this.shared(this.intervalMs).catch(() => 0);
        } else {
          const turn = this.shared ? await this.shared(this.intervalMs).catch(() => 0) : 0; // never strands a send
          if (turn > 0) {
            await this.sleep(turn);
            start = this.now();
          }
        }
        this.nextAt = Math.max(start, this.nextAt) + this.intervalMs;
        const entry = { answeredAt: Infinity };
        this.counted.push(entry);
        next!.resolve(() => {
          if (entry.answeredAt !== Infinity) return;
          entry.answeredAt = this.now();
          this.wake?.();
        });
      }
    } finally {
      this.pumping = false;
    }
  }

  /** Waits until the spacing allows a start and fewer than `perSecond` sends still count. */
  private async untilFree(): Promise<void> {
    for (;;) {
      const now = this.now();
      this.counted = this.counted.filter((c) => c.answeredAt + 1000 > now);
      const spacing = this.nextAt - now;
      if (spacing <= 0 && this.counted.length < this.perSecond) return;
      const expiring = this.counted.filter((c) => c.answeredAt !== Infinity).map((c) => c.answeredAt + 1000 - now);
      const windowWait = this.counted.length < this.perSecond ? 0 : expiring.length > 0 ? Math.min(...expiring) : null;
      const wait = Math.max(spacing, windowWait ?? 0);
      if (windowWait === null) {
        // Every counted send is still in flight: wait for one to be answered.
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = null;
      } else {
        await this.sleep(Math.max(wait, 0.01));
      }
    }
  }
}
