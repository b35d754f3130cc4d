import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";
import type { SqliteConnection } from "../store/sqlite-connection.ts";
import type { FastInbound, FastInboundInput } from "./fast-answer-plan.ts";
import { fastInboundBatch } from "./fast-inbound.ts";

interface Waiting {
  input: FastInboundInput;
  resolve: (r: FastInbound) => void;
}

/**
 * Group commit for the fast path: messages that arrive while the event loop is busy (a burst
 * of webhooks) are handled together at the next turn of the loop, in one transaction, each
 * in arrival order. A message alone waits no more than that one turn.
 */
export class FastInboundQueue {
  private waiting: Waiting[] = [];

  constructor(
    private readonly ctx: EngineContext,
    private readonly conn: SqliteConnection,
  ) {}

  /** Null: the general path takes the message (nothing was written for it). */
  submit(input: FastInboundInput): Promise<FastInbound> {
    return new Promise((resolve) => {
      this.waiting.push({ input, resolve });
      if (this.waiting.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.waiting;
    this.waiting = [];
    let results: FastInbound[];
    try {
      results = fastInboundBatch(this.ctx, this.conn, batch.map((w) => w.input));
    } catch (e) {
      // Nothing was written (the transaction rolled back): the general path tries each, and reports.
      this.ctx.logger.warn("inbound_fast_path_failed", { count: batch.length, errorCode: errorLabel(e) });
      results = [];
    }
    batch.forEach((w, i) => w.resolve(results[i] ?? null));
  }
}

const queues = new WeakMap<EngineContext, FastInboundQueue>();

/** The engine's queue for this connection. */
export function fastInboundQueue(ctx: EngineContext, conn: SqliteConnection): FastInboundQueue {
  let q = queues.get(ctx);
  if (!q) queues.set(ctx, (q = new FastInboundQueue(ctx, conn)));
  return q;
}
