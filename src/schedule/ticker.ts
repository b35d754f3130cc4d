import type { Engine } from "../engine/create-engine.ts";
import { errorLabel, type Logger } from "../log/logger.ts";

type Lane = "urgent" | "routine";

/**
 * What node-cron calls on every tick. Two lanes, each skipped while its previous pass is
 * still running: the routine lane (dispatchDue) can be busy for minutes sending a page of
 * SMS prompts at the provider's rate, and the urgent lane (dispatchUrgent) meanwhile still
 * re-escalates on time.
 */
export class Ticker {
  private readonly busy: Record<Lane, boolean> = { urgent: false, routine: false };
  private readonly passes = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly engine: Pick<Engine, "dispatchDue" | "dispatchUrgent">,
    private readonly logger: Logger,
  ) {}

  /** Starts a pass on each lane that is free; resolves when the passes it started end. */
  async tick(): Promise<void> {
    await Promise.all([this.lane("urgent", () => this.engine.dispatchUrgent()), this.lane("routine", () => this.engine.dispatchDue())]);
  }

  /** Starts no new pass, and resolves once the passes running now have ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.passes);
  }

  private async lane(lane: Lane, pass: () => Promise<unknown>): Promise<void> {
    if (this.busy[lane] || this.stopped) return;
    this.busy[lane] = true;
    const running = (async () => {
      try {
        await pass();
      } catch (e) {
        this.logger.error("dispatch_failed", { lane, errorCode: errorLabel(e) });
      } finally {
        this.busy[lane] = false;
      }
    })();
    this.passes.add(running);
    try {
      await running;
    } finally {
      this.passes.delete(running);
    }
  }
}
