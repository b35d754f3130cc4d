/**
 * Crisis turns first. While this process is storing a crisis turn (a crisis text, or a reply
 * to a screening question that is not a clear no), it starts no other inbound turn: those
 * wait until no crisis turn is in hand, or `maxWaitMs` at most, then go in the order they
 * came. Turns already started finish as usual.
 *
 * Why: under a burst of webhooks every turn in hand shares the process, the connection pool
 * and the database's CPU, and a crisis turn (some twenty statements) waits its share at each
 * statement; with nothing new started beside it, its reply and the counselor's page go out
 * in about half the time (bench/cluster.ts, crisis texts under a webhook load). Ordinary
 * turns lose only that wait, and never more than `maxWaitMs` (the crisis deadline: past it
 * the crisis is answered from memory anyway), so a run of crisis texts cannot starve them.
 * It holds in one process; other instances carry on.
 */
export class UrgentFirst {
  private inHand = 0;
  private readonly waiting = new Set<() => void>();

  constructor(private readonly maxWaitMs: number) {}

  /** Runs a crisis turn; ordinary turns that come meanwhile wait for it. */
  async urgent<T>(task: () => Promise<T>): Promise<T> {
    this.inHand++;
    try {
      return await task();
    } finally {
      if (--this.inHand === 0) for (const go of [...this.waiting]) go();
    }
  }

  /** Resolves when an ordinary turn may start: at once unless a crisis turn is in hand. */
  ordinary(): Promise<void> {
    if (this.inHand === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const go = () => {
        clearTimeout(timer);
        this.waiting.delete(go);
        resolve();
      };
      const timer = Number.isFinite(this.maxWaitMs) ? setTimeout(go, this.maxWaitMs) : undefined;
      this.waiting.add(go);
    });
  }

  /** Ordinary turns waiting now. */
  get waitingCount(): number {
    return this.waiting.size;
  }
}
