import type { InboundMessage, InboundResult } from "../domain/messages.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";
import { deliverClaimed, deliverHeld, deliverIds, recordSent, SENT_INLINE, toMessage, type OutboxRow } from "../outbox/deliver-outbox.ts";
import type { RiskAssessment } from "../risk/index.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { crisisHoldToken, recordFallbackAnswer, type CrisisFallback } from "./crisis-fallback.ts";
import { settleNothing } from "./settle-held-replies.ts";
import type { InboundSpool } from "./inbound-spool.ts";
import { turnCommitted, type InboundTurn } from "./inbound-turn.ts";

/**
 * How long a crisis text waits for the database before it is answered and paged from memory.
 * A healthy database stores a crisis turn (about twenty statements) in tens of milliseconds,
 * a busy one in a few hundred; past a second it is failing or hanging, and the person must
 * not wait for it. The reply is due in the webhook's response within 2 s, and on a loaded
 * machine the request's own handling around the engine has taken a few hundred
 * milliseconds: one second leaves that margin (1.5 s measured 1.77 s end to end). Falling
 * back on a database that was merely slow costs little: the pages carry no ACK code, and
 * the stored escalation's re-escalation brings it.
 */
export const CRISIS_DEADLINE_MS = 1_000;

/** A crisis turn's rows as written under the crisis hold, for sending without another query. */
interface Held {
  replies: OutboxRow[];
  alerts: OutboxRow[];
  /** Messages to others the turn wrote free (a counselor's REPLY to a participant): claimed and sent after the alerts. */
  free: string[];
}

/**
 * Runs the stored path of one message, its replies and alerts written held under `hold`;
 * `beforeCommit` runs inside its transaction, last.
 */
export type StoreTurn = (hold: string, beforeCommit: (turn: InboundTurn) => Promise<void>) => Promise<InboundTurn>;

/**
 * Answers a crisis text so that the reply and the page never wait on the database.
 *
 * The usual stored path runs (message, crisis reply, escalation and its first alerts in one
 * transaction), with CRISIS_DEADLINE_MS to commit. Its reply and alerts are written held
 * under crisisHoldToken, so no dispatcher sends them while this process does (and one does
 * if this process dies first). Then exactly one of two things answers the person, decided
 * once, in this process, without the database:
 * - The transaction committed in time: the held rows go out from memory, the reply inline
 *   or through the channel, the alerts at once. Recording an inline reply as sent waits for
 *   the rest of the deadline at most; past it the reply goes inline anyway and is recorded
 *   when the database can (spooled as answered if it cannot). The path of a healthy database.
 * - The deadline passed first (the database refuses slowly, is locked or hangs): the crisis
 *   fallback answers and pages from the program held in memory. The stored path carries on.
 *   If it commits, late, its held rows are recorded as sent by the fallback (inside the
 *   transaction when the deadline had passed before it got there, right after commit when
 *   the deadline passed during the commit), so nobody gets a second reply or a second page
 *   for step 0, and re-escalation runs from the stored escalation as usual. If it fails,
 *   the message is spooled as answered, and the replay records it the same way; a commit
 *   that landed although the client saw it fail is found by the replay (the message is
 *   already stored) and recorded the same way too.
 * A rejected insert of the message (a provider's retry) is a duplicate, as everywhere else: it
 * is answered by `repeated` (the crisis reply again when it went in the first webhook's
 * answer, which may have been lost with a killed process), within what is left of the
 * deadline; nothing is paged again.
 */
export async function answerCrisis(o: {
  ctx: EngineContext;
  fallback: CrisisFallback;
  spool: InboundSpool | null;
  msg: InboundMessage;
  risk: RiskAssessment;
  now: Date;
  store: StoreTurn;
  /** What a message stored already gets (a provider's retry). */
  repeated: () => Promise<InboundResult>;
  /** CRISIS_DEADLINE_MS unless the host says otherwise (Infinity: wait for the database, as a simulation does). */
  deadlineMs?: number;
}): Promise<InboundResult> {
  const { ctx, fallback, spool, msg, risk, now } = o;
  const deadlineMs = o.deadlineMs ?? CRISIS_DEADLINE_MS;
  const deadlineAt = performance.now() + deadlineMs;
  let decided: "stored" | "fallback" | null = null;
  let held: Held | null = null;
  const stored = o.store(crisisHoldToken(msg), async (turn) => {
    const alerts = new Set(turn.alerts.map((a) => a.id));
    held = { replies: turn.replies, alerts: turn.alerts, free: turn.alertIds.filter((id) => !alerts.has(id)) };
    // The fallback answered already: the turn commits as answered.
    if (decided === "fallback") await recordFallbackAnswer(turn.tx, msg, now);
  });
  const outcome = stored.then(
    (turn) => ({ ok: true as const, turn }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const first = await new Promise<"stored" | "fallback">((resolve) => {
    const timer = Number.isFinite(deadlineMs)
      ? setTimeout(() => {
          decided ??= "fallback";
          resolve(decided);
        }, deadlineMs)
      : undefined;
    void outcome.then(() => {
      clearTimeout(timer);
      decided ??= "stored";
      resolve(decided);
    });
  });

  if (first === "stored") {
    const done = await outcome;
    if (done.ok) return sendHeld(ctx, spool, done.turn, held!, deadlineAt);
    if (isUniqueViolation(done.error)) return answerRepeat(ctx, o.repeated, deadlineAt);
    ctx.logger.error("inbound_failed", { channel: msg.channel, risk: risk.level, errorCode: errorLabel(done.error) });
    const result = fallback.handle(msg, risk);
    if (!result.duplicate) keepAnswered(ctx, spool, msg);
    return result;
  }

  ctx.logger.error("crisis_store_late", { channel: msg.channel, deadlineMs });
  const result = fallback.handle(msg, risk);
  ctx.background.run("crisis_record", async () => {
    const done = await outcome;
    if (!done.ok) {
      if (isUniqueViolation(done.error)) return;
      if (!result.duplicate) keepAnswered(ctx, spool, msg);
      return;
    }
    try {
      await recordFallbackAnswer(ctx.db, msg, now);
    } catch (e) {
      ctx.logger.error("crisis_record_failed", { channel: msg.channel, errorCode: errorLabel(e) });
      // Replayed from the spool: already stored, so the replay only records the answer.
      keepAnswered(ctx, spool, msg);
    }
    turnCommitted(ctx, done.turn);
    ctx.logger.warn("crisis_recorded_late", { channel: msg.channel });
  });
  return result;
}

/** A provider's retry of a stored crisis text: `repeated`, unless the database fails or is late to say (then nothing, as before). */
async function answerRepeat(ctx: EngineContext, repeated: () => Promise<InboundResult>, deadlineAt: number): Promise<InboundResult> {
  const nothing: InboundResult = { duplicate: true, replies: [], settle: settleNothing() };
  try {
    const r = await within(repeated(), deadlineAt - performance.now());
    if (r !== "late") return r;
    ctx.logger.warn("crisis_repeat_late", {});
  } catch (e) {
    ctx.logger.error("crisis_repeat_failed", { errorCode: errorLabel(e) });
  }
  return nothing;
}

/** Kept on disk as answered, to be recorded once the database takes it; logged when it cannot be kept. */
function keepAnswered(ctx: EngineContext, spool: InboundSpool | null, msg: InboundMessage): void {
  if (!spool?.add(msg, true)) ctx.logger.error("crisis_unrecorded", { channel: msg.channel });
}

/**
 * The stored path won: the held reply goes out as the adapter settles it (inline or through
 * the channel), and the alerts with it, all from the rows in memory. An inline reply waits
 * for its record until `deadlineAt` at most; a database that fails or hangs by then does not
 * hold it back. "send" sends the reply, then the alerts, without asking the database while
 * this process still holds them.
 */
function sendHeld(ctx: EngineContext, spool: InboundSpool | null, turn: InboundTurn, held: Held, deadlineAt: number): InboundResult {
  turnCommitted(ctx, turn);
  if (turn.risk.level !== "none") ctx.logger.warn("inbound_risk", { channel: turn.msg.channel, risk: turn.risk.level, ownerKind: turn.sender.kind });
  const replies = held.replies.map(toMessage);
  const token = crisisHoldToken(turn.msg);
  let paging = false;
  let settled = false;
  let triedInline = false;
  return {
    duplicate: false,
    replies,
    settle: async (how) => {
      if (settled) return false;
      if (how === "send") {
        settled = true;
        const now = ctx.clock();
        const stillHeld = !triedInline && held.replies.every((r) => r.claimedUntil !== null && r.claimedUntil > now);
        if (stillHeld) await deliverClaimed(ctx, held.replies);
        else await deliverHeld(ctx, held.replies.map((r) => r.id), token);
        if (!paging) {
          paging = true;
          await page(ctx, held);
        }
        return true;
      }
      triedInline = true;
      if (!paging) {
        paging = true;
        ctx.background.run("inbound_alerts", () => page(ctx, held));
      }
      const recording = recordInline(ctx, held.replies, token);
      const recorded = await within(recording, deadlineAt - performance.now());
      // Another process sent them (this one stalled past the hold): not inline too.
      if (recorded === false) return false;
      settled = true;
      const at = ctx.clock();
      for (const row of held.replies) recordSent(ctx, row, at);
      if (recorded === true) return true;
      // The database failed or is slow to record it: the reply goes inline all the same,
      // and is recorded when the database can (spooled as answered if this attempt fails).
      ctx.logger.warn("crisis_reply_unrecorded", { channel: turn.msg.channel });
      ctx.background.run("crisis_reply_record", async () => {
        const late = await recording;
        if (late === null) keepAnswered(ctx, spool, turn.msg);
        if (late === false) ctx.logger.error("crisis_reply_doubled", { channel: turn.msg.channel });
      });
      return true;
    },
  };
}

/** Sends a crisis turn's alerts from memory, then claims and sends what else it wrote for others. */
async function page(ctx: EngineContext, held: Held): Promise<void> {
  await deliverClaimed(ctx, held.alerts);
  if (held.free.length > 0) await deliverIds(ctx, held.free);
}

/**
 * Records held replies as sent inline: true when recorded, false when another process took
 * them meanwhile (nothing changed), null when the database failed.
 */
async function recordInline(ctx: EngineContext, rows: OutboxRow[], token: string): Promise<boolean | null> {
  const ids = rows.map((r) => r.id);
  try {
    const got = await ctx.db.outbox.updateMany({
      where: { id: { in: ids }, status: "pending", claimToken: token },
      data: { status: "sent", sentAt: ctx.clock(), providerId: SENT_INLINE, attempts: { increment: 1 }, claimToken: null },
    });
    if (got.count === ids.length) return true;
    if (got.count > 0) {
      await ctx.db.outbox.updateMany({
        where: { id: { in: ids }, status: "sent", providerId: SENT_INLINE },
        data: { status: "pending", sentAt: null, providerId: null, attempts: { decrement: 1 }, claimToken: token },
      });
    }
    return false;
  } catch (e) {
    ctx.logger.error("inline_reply_unrecorded", { count: ids.length, errorCode: errorLabel(e) });
    return null;
  }
}

/** What `p` resolves to, or "late" once `ms` have passed (never when `ms` is infinite). */
async function within<T>(p: Promise<T>, ms: number): Promise<T | "late"> {
  if (!Number.isFinite(ms)) return p;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => (timer = setTimeout(resolve, Math.max(0, ms), "late")));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}
