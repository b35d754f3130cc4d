import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";
import type { Db } from "../store/create-db.ts";

/** How long a send waits for the database to hand out its slot before it goes by the local limit alone. */
export const SEND_SLOT_TIMEOUT_MS = 1_000;

/**
 * Takes the next send slot of a sender, shared through the database by every instance that
 * uses it: the slot starts at `nowMs` or where the last reserved one ends, whichever is
 * later, and lasts `intervalMs`. One atomic statement, so two instances never get the same
 * slot. Returns the epoch milliseconds at which this send may start.
 */
export async function reserveSendSlot(db: Db, sender: string, intervalMs: number, nowMs: number): Promise<number> {
  const now = BigInt(Math.floor(nowMs));
  const interval = BigInt(Math.ceil(intervalMs));
  const [row] = await db.$queryRaw<{ nextAt: bigint | number }[]>`
    INSERT INTO "SendSlot" ("sender", "nextAt") VALUES (${sender}, ${now + interval})
    ON CONFLICT ("sender") DO UPDATE
      SET "nextAt" = (CASE WHEN "SendSlot"."nextAt" > ${now} THEN "SendSlot"."nextAt" ELSE ${now} END) + ${interval}
    RETURNING "nextAt"`;
  return Number(row!.nextAt) - Number(interval);
}

/**
 * How many milliseconds a send from `sender` waits so that all instances together keep
 * `intervalMs` between the sender's sends (see reserveSendSlot). Never blocks a send on the
 * database: when it fails or takes longer than SEND_SLOT_TIMEOUT_MS the answer is 0 and the
 * adapter's own limit alone applies (a crisis reply goes out while the database is down).
 * Rate limits are about real time, so this runs on the wall clock, not the engine's.
 */
export async function sendSlotWait(ctx: EngineContext, sender: string, intervalMs: number, wallNow: () => number = Date.now): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), SEND_SLOT_TIMEOUT_MS)));
  try {
    const slot = await Promise.race([reserveSendSlot(ctx.db, sender, intervalMs, wallNow()), timeout]);
    if (slot === null) {
      ctx.logger.warn("send_slot_unavailable", { errorCode: "timeout" });
      return 0;
    }
    return Math.max(0, slot - wallNow());
  } catch (e) {
    ctx.logger.warn("send_slot_unavailable", { errorCode: errorLabel(e) });
    return 0;
  } finally {
    clearTimeout(timer);
  }
}
