import type { SendFence } from "../channel/channel.ts";
import { SteadyError } from "../domain/steady-error.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";

/** The part of an outbox row a claim is about. */
interface ClaimedRow {
  id: string;
  claimToken: string | null;
  claimedUntil: Date | null;
}

/** How long the fence waits for the database before it decides from what it last confirmed. */
export const FENCE_TIMEOUT_MS = 1_000;

/**
 * Keeps a batch's claim alive while it is being sent, and fences each send. A rate-limited
 * channel can take longer than one claim to work through a batch, and a process can stall
 * (a paused VM, a long garbage collection) between taking a row and calling the provider;
 * once its claim lapses another dispatcher may take the row and send it. So the claim is
 * renewed each third of ctx.claimMs (a conditional update on the claim token: rows someone
 * else took since keep their new token and are not touched), and the check runs again right
 * before the provider call (the `SendFence` handed to the channel): after a stall the clock
 * shows more than a third of a claim gone, the renewal finds the row taken, and nothing is
 * sent. Within a third of a claim of the last confirmation no other process can have taken
 * the row (it would need the claim to have lapsed), so that case needs no query.
 */
export class ClaimFence {
  private readonly renewed = new Map<string, { at: number; held: Set<string> | null }>();
  constructor(private readonly ctx: EngineContext) {}

  /** Whether this process still holds `row` at `now`, renewing its batch's claim when a third of it has passed. */
  async held(row: ClaimedRow, now: Date): Promise<boolean> {
    const token = row.claimToken;
    if (!token || !row.claimedUntil) return true;
    const last = this.last(row);
    if (now.getTime() - last.at >= this.ctx.claimMs / 3) this.renewed.set(token, { at: now.getTime(), held: await this.renew(token, now) });
    const held = this.renewed.get(token)!.held;
    return held === null || held.has(row.id);
  }

  /**
   * The fence for sending `row`: `held` at the moment the channel calls it. Should the
   * database not answer within FENCE_TIMEOUT_MS, the send goes ahead while the claim last
   * confirmed has at least half of it left (a crisis reply does not wait on a failing
   * database), and is given up otherwise.
   */
  fenceFor(row: ClaimedRow): SendFence {
    return async () => {
      const now = this.ctx.clock();
      const asked = this.held(row, now);
      asked.catch(() => undefined); // a late failure is not waited for
      const answer = await withTimeout(asked, FENCE_TIMEOUT_MS).catch((e: unknown) => ({ error: errorLabel(e) }));
      let held: boolean;
      if (typeof answer === "boolean") held = answer;
      else {
        this.ctx.logger.warn("outbox_fence_unconfirmed", { outboxId: row.id, errorCode: answer === "late" ? "timeout" : answer.error });
        const last = this.last(row);
        held = now.getTime() - last.at < this.ctx.claimMs / 2 && (last.held === null || last.held.has(row.id));
      }
      if (!held) throw new SteadyError("claim_lost", "outbox row taken over by another dispatcher");
    };
  }

  /** When this process last confirmed the claim on `row` (taking it counts), and what it held then. */
  private last(row: ClaimedRow): { at: number; held: Set<string> | null } {
    const token = row.claimToken!;
    let last = this.renewed.get(token);
    if (!last) {
      last = { at: row.claimedUntil!.getTime() - this.ctx.claimMs, held: null };
      this.renewed.set(token, last);
    }
    return last;
  }

  /** Extends the claim on what `token` still holds; returns those row ids. */
  private async renew(token: string, now: Date): Promise<Set<string>> {
    const until = new Date(now.getTime() + this.ctx.claimMs);
    await this.ctx.db.outbox.updateMany({ where: { claimToken: token, status: "pending" }, data: { claimedUntil: until } });
    const held = await this.ctx.db.outbox.findMany({ where: { claimToken: token, status: "pending" }, select: { id: true } });
    return new Set(held.map((r) => r.id));
  }
}

/** What `p` resolves to, or "late" after `ms` (real time). */
async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | "late"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(resolve, ms, "late")));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
