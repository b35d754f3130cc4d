import type { EngineContext } from "../engine/engine-context.ts";
import type { Tx } from "../store/create-db.ts";

/** How long an inbox item's code stays reserved: REPLY works on a message this old. */
export const INBOX_CODE_DAYS = 14;

/**
 * A 4-digit code for staff commands (ACK, RESOLVE, READ, REPLY) that no escalation still open
 * or acknowledged and no inbox item of the last INBOX_CODE_DAYS uses, so one code never names
 * two things a counselor could act on.
 */
export async function freshStaffCode(ctx: EngineContext, tx: Tx, now: Date): Promise<string> {
  const since = new Date(now.getTime() - INBOX_CODE_DAYS * 86_400_000);
  for (let i = 0; i < 50; i++) {
    const code = String(1000 + Math.floor(ctx.random() * 9000));
    const alerts = await tx.escalation.count({ where: { code, status: { not: "resolved" } } });
    const items = alerts === 0 ? await tx.inboxItem.count({ where: { code, createdAt: { gte: since } } }) : 1;
    if (items === 0) return code;
  }
  return String(now.getTime() % 100000).padStart(5, "0");
}
