import type { InboundMessage, InboundResult } from "../domain/messages.ts";
import { channelTraits } from "../channel/channel-registry.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { errorLabel } from "../log/logger.ts";
import { messagesFor } from "../messages/messages-for.ts";
import { CRISIS_LINES } from "../messages/en.ts";
import { SENT_INLINE, toMessage } from "../outbox/deliver-outbox.ts";
import { assessRisk, classifyKeyword, type RiskAssessment } from "../risk/index.ts";
import { recordFallbackAnswer, type CrisisFallback } from "./crisis-fallback.ts";
import { handleCounselor } from "./handle-counselor.ts";
import { handleParticipant } from "./handle-participant.ts";
import type { InboundSpool } from "./inbound-spool.ts";
import { InboundTurn, replyKeyPrefix, turnCommitted } from "./inbound-turn.ts";
import { settleHeldReplies, settleMarkedInline, settleNothing, type HeldReplies } from "./settle-held-replies.ts";
import { mayTakeFast, type FastInbound, type FastInboundInput } from "./fast-answer-plan.ts";
import { fastInboundPostgres } from "./fast-inbound-postgres.ts";
import { fastInboundQueue } from "./fast-inbound-queue.ts";
import { senderKey, senderOrder } from "./sender-order.ts";
import type { UrgentFirst } from "./urgent-first.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { dialectOf, postgresPoolOf, sqliteConnectionOf } from "../store/create-db.ts";
import { isUniqueViolation } from "../store/insert-rows.ts";
import { answerCrisis } from "./answer-crisis.ts";
import { optedOutHere } from "./apply-keyword.ts";
import type { OpenScreens } from "../safety/open-screens.ts";
import { readScreenAnswer } from "../safety/read-screen-answer.ts";
import type { InboundOutcome } from "../metrics/metrics.ts";

/** Longest text kept from one message; longer input is cut, never rejected. */
export const MAX_TEXT_LENGTH = 100_000;

/** Makes provider text safe to store on both databases (no NUL, no lone surrogates). */
export function cleanText(text: unknown): string {
  const s = typeof text === "string" ? text : "";
  return s.slice(0, MAX_TEXT_LENGTH).replace(/\u0000/g, "").toWellFormed();
}

/**
 * Handles one inbound message: verify is the adapter's job; here it is dedupe → handle, and
 * the result comes once the message is durable, its replies held for the adapter to settle
 * (inline in its response, or sent; see InboundResult). Risk is assessed before the database
 * is touched, so a crisis message gets its reply and a human is paged within
 * CRISIS_DEADLINE_MS whether the database answers, fails or hangs (see answerCrisis; from
 * memory through `fallback` when it must). Everything else happens in one transaction with
 * the dedupe row, so a failure leaves no trace and the provider's retry is handled as new;
 * with a `spool`, a message the database cannot take is kept on disk and handled later
 * instead. One sender's messages are handled in the order they arrived (see SenderOrder),
 * except that a crisis message never waits; while one is in hand, other messages wait to
 * start (see UrgentFirst).
 */
export async function handleInbound(ctx: EngineContext, fallback: CrisisFallback, raw: InboundMessage, via: Via = {}): Promise<InboundResult> {
  // A guess the fast path uses to record replies as sent inline in its own commit; the
  // adapter's settlement decides, and "send" undoes it.
  const inline = channelTraits(raw.channel).answersInResponse;
  const text = cleanText(raw.text);
  const msg = { ...raw, text };
  const risk = assessRisk(text);
  const urgentRoute = crisisRoute(ctx, via, msg, risk);
  // A crisis message waits for nothing; anything else waits for the sender's earlier messages.
  let counted: Counted;
  try {
    counted = await (urgentRoute
      ? handleInOrder(ctx, fallback, via, msg, text, risk, inline, urgentRoute)
      : senderOrder(ctx).run(senderKey(msg), async () => {
          await via.urgentFirst?.ordinary();
          return handleInOrder(ctx, fallback, via, msg, text, risk, inline, null);
        }));
  } catch (e) {
    ctx.metrics.inbound(msg.channel, "failed");
    throw e;
  }
  // A message replayed from the spool was counted as spooled when it came.
  ctx.metrics.inbound(msg.channel, via.replayed && counted.outcome !== "duplicate" ? "replayed" : counted.outcome);
  const { result } = counted;
  return msg.conversation.kind === "group" ? sentDirectly(result) : result;
}

/** A turn's result and what it counts as in steady_inbound_messages_total. */
interface Counted {
  result: InboundResult;
  outcome: Exclude<InboundOutcome, "replayed" | "failed">;
}

/**
 * The replies to a group message are direct messages to the sender: an adapter's response to
 * the provider would show them in the group, so they are never answered inline.
 */
function sentDirectly(result: InboundResult): InboundResult {
  return { ...result, settle: async (how) => (how === "inline" ? false : result.settle("send")) };
}

/**
 * The assessment the crisis path answers with, or null for the ordinary path: the text's own
 * crisis, or a reply that is not a clear no to a screening question this process asked (see
 * OpenScreens). The stored turn still reads the reply against the stored question; this only
 * makes sure the person is answered and a counselor paged if the database cannot say in time.
 */
function crisisRoute(ctx: EngineContext, via: Via, msg: InboundMessage, risk: RiskAssessment): RiskAssessment | null {
  if (risk.level === "crisis") return risk;
  // A screening question is answered in the direct conversation only.
  if (msg.conversation.kind !== "direct") return null;
  if (via.answered || !via.screens?.isOpen(senderKey(msg), ctx.clock())) return null;
  if (readScreenAnswer(msg.text, risk) !== "not_no") return null;
  return { ...risk, level: "crisis" };
}

async function handleInOrder(
  ctx: EngineContext,
  fallback: CrisisFallback,
  { spool = null, answered: replayedAnswered = false, replayed = false, crisisDeadlineMs, screens = null, urgentFirst = null }: Via,
  msg: InboundMessage,
  text: string,
  risk: RiskAssessment,
  inline: boolean,
  urgentRoute: RiskAssessment | null,
): Promise<Counted> {
  // The sender has messages waiting from a database outage: this one joins them, in order.
  if (spool && !urgentRoute && spool.holds(msg) && spool.add(msg)) return spooled(ctx, msg, risk);
  // A crisis the crisis fallback answered from memory that comes again by another route (the
  // message-log check) is never answered or paged again: kept in the spool as answered (by
  // this process or one before a restart), the replay records it; otherwise it is recorded
  // as answered now.
  if (urgentRoute && spool?.answered(msg)) return duplicate();
  const answered = replayedAnswered || (urgentRoute !== null && fallback.answered(msg));
  const now = ctx.clock();
  // A text kept through an outage is stored as arriving when it arrived, not when it was replayed.
  const receivedAt = replayed ? msg.receivedAt : now;
  // A crisis is answered and paged within CRISIS_DEADLINE_MS, whatever the database does.
  if (urgentRoute && !answered) {
    const store = (hold: string, beforeCommit: (turn: InboundTurn) => Promise<void>) => storeTurn(ctx, screens, msg, text, now, receivedAt, risk, false, { hold, beforeCommit });
    const repeated = async () => (await redelivered(ctx, msg)).result;
    const answer = () => answerCrisis({ ctx, fallback, spool, msg, risk: urgentRoute, now, store, repeated, deadlineMs: crisisDeadlineMs });
    const result = await (urgentFirst ? urgentFirst.urgent(answer) : answer());
    return { result, outcome: result.duplicate ? "duplicate" : "crisis" };
  }
  let fast: FastInbound;
  try {
    fast = await tryFast(ctx, { msg, text, now, receivedAt, risk, inline });
  } catch (e) {
    return storeFailed(ctx, spool, msg, risk, answered, e);
  }
  if (fast?.duplicate) return redelivered(ctx, msg);
  if (fast?.markedInline) {
    // Committed: its events (a completed check-in) are told now, like finish does, whichever way the replies go.
    turnCommitted(ctx, fast.turn);
    return { result: { duplicate: false, replies: fast.turn.replies.map(toMessage), settle: settleMarkedInline(ctx, fast.turn) }, outcome: "answered" };
  }
  if (fast) return { result: finish(ctx, fast.turn), outcome: "answered" };
  let turn: InboundTurn;
  try {
    turn = await storeTurn(ctx, screens, msg, text, now, receivedAt, risk, answered);
  } catch (e) {
    if (isUniqueViolation(e)) {
      // A crisis the fallback answered, whose transaction committed although it was reported
      // as failed: what it holds is recorded as answered, never sent again.
      if (answered) {
        await recordFallbackAnswer(ctx.db, msg, now);
        return duplicate();
      }
      return redelivered(ctx, msg);
    }
    return storeFailed(ctx, spool, msg, risk, answered, e);
  }
  if (risk.level !== "none") ctx.logger.warn("inbound_risk", { channel: msg.channel, risk: risk.level, ownerKind: turn.sender.kind });
  return { result: finish(ctx, turn), outcome: "answered" };
}

/**
 * The stored path: the message with its dedupe row, and everything its handling writes, in
 * one transaction. For the crisis path, `crisis.hold` is the token its replies and alerts are
 * written held under, and `crisis.beforeCommit` runs inside the transaction, last.
 */
async function storeTurn(
  ctx: EngineContext,
  screens: OpenScreens | null,
  msg: InboundMessage,
  text: string,
  now: Date,
  receivedAt: Date,
  risk: RiskAssessment,
  answered: boolean,
  crisis?: { hold: string; beforeCommit: (turn: InboundTurn) => Promise<void> },
): Promise<InboundTurn> {
  // Looked up before the transaction so that the transaction starts with a write: on SQLite
  // that takes the write lock up front (waiting politely for another process) instead of
  // failing to upgrade a read lock.
  const owner = await ctx.db.address.findUnique({ where: { channel_address: { channel: msg.channel, address: msg.from } } });
  const groupId = msg.conversation.kind === "group" ? msg.conversation.id : null;
  const turn = await ctx.db.$transaction(async (tx) => {
    await tx.inbound.create({
      data: {
        channel: msg.channel,
        providerId: msg.providerId,
        address: msg.from,
        ownerKind: owner?.ownerKind ?? null,
        ownerId: owner?.ownerId ?? null,
        // What people say to each other in a group is not the bot's to keep, unless it is a crisis.
        text: groupId !== null && risk.level !== "crisis" ? "" : text,
        receivedAt,
        riskLevel: risk.level,
        groupId,
      },
    });
    // A text from an address marked unreachable (a phone that was off, an account that failed)
    // shows it works again: messages go to it again.
    if (owner?.unreachableAt) {
      await tx.address.updateMany({ where: { channel: msg.channel, address: msg.from, unreachableAt: { not: null } }, data: { unreachableAt: null } });
      ctx.logger.info("address_reachable_again", { channel: msg.channel, ownerKind: owner.ownerKind });
    }
    const sender = owner ? { kind: owner.ownerKind as "participant" | "counselor", id: owner.ownerId } : { kind: "unknown" as const, id: "unknown" };
    // Two messages from one person handled at once by two instances must not both read the
    // same check-in state: on PostgreSQL the person's row is locked for the transaction (on
    // SQLite the write above already serializes writers).
    if (owner?.ownerKind === "participant" && dialectOf(ctx.db) === "postgres") {
      await tx.$queryRawUnsafe('SELECT id FROM "Participant" WHERE id = $1 FOR UPDATE', owner.ownerId);
    }
    const t = new InboundTurn(ctx, tx, msg, text, now, risk, sender, answered, crisis?.hold ?? null);
    const participant = owner?.ownerKind === "participant" ? await tx.participant.findUnique({ where: { id: owner.ownerId } }) : null;
    // "Opted out" for this message means where it came from: everywhere, or on this address.
    if (participant) await handleParticipant(t, { ...participant, optedOutAt: optedOutHere(participant, owner) });
    else if (groupId !== null) await handleGroupMessage(t);
    else if (owner?.ownerKind === "counselor") await handleCounselor(t, owner.ownerId);
    else await handleUnknown(t);
    await crisis?.beforeCommit(t);
    return t;
  }, { timeout: 15_000 });
  screens?.apply(senderKey(msg), turn.screenChange, now);
  return turn;
}

/** How a message reaches the handler besides the adapter. */
interface Via {
  /** Where messages wait while the database is failing (the engine's; none when replaying). */
  spool?: InboundSpool | null;
  /** Replayed from the spool after the crisis fallback answered it: record, do not answer again. */
  answered?: boolean;
  /** Replayed from the spool: stored with the time it arrived. */
  replayed?: boolean;
  /** See EngineOptions.crisisDeadlineMs. */
  crisisDeadlineMs?: number;
  /** The screening questions this process is waiting on (the engine's). */
  screens?: OpenScreens | null;
  /** Holds ordinary turns while a crisis turn is in hand (the engine's). */
  urgentFirst?: UrgentFirst | null;
}

/** The database failed to take the message: kept on disk and handled once it is back (the provider is answered now), or thrown without a spool. */
function storeFailed(ctx: EngineContext, spool: InboundSpool | null, msg: InboundMessage, risk: RiskAssessment, answered: boolean, e: unknown): Counted {
  ctx.logger.error("inbound_failed", { channel: msg.channel, risk: risk.level, errorCode: errorLabel(e) });
  if (spool?.add(msg, answered)) return spooled(ctx, msg, risk);
  throw e;
}

/** Kept in the spool: nothing to answer now; the replies go out when it is handled. */
function spooled(ctx: EngineContext, msg: InboundMessage, risk: RiskAssessment): Counted {
  ctx.logger.warn("inbound_spooled", { channel: msg.channel, risk: risk.level });
  return { result: { duplicate: false, replies: [], settle: settleNothing() }, outcome: "spooled" };
}

/** How long after the first answer a repeated webhook is answered again: a provider retries within seconds. */
const REDELIVERY_WINDOW_MS = 15 * 60_000;

/**
 * A message stored already that comes again. A provider sends a webhook again only when it got
 * no answer to it, and a reply recorded as sent in the answer to the first (providerId
 * SENT_INLINE) may have been lost with it: the process killed as it wrote the response. Those
 * replies are given again in this answer; replies sent through the API, or still waiting to
 * be, are not, nor after REDELIVERY_WINDOW_MS. A repeat that is not a webhook (the message-log
 * check) settles with "send", which sends nothing here.
 */
async function redelivered(ctx: EngineContext, msg: InboundMessage): Promise<Counted> {
  const prefix = replyKeyPrefix(msg);
  const since = new Date(ctx.clock().getTime() - REDELIVERY_WINDOW_MS);
  const rows = await ctx.db.outbox.findMany({ where: { idempotencyKey: { startsWith: prefix }, status: "sent", providerId: SENT_INLINE, sentAt: { gte: since } } });
  if (rows.length === 0) return duplicate();
  rows.sort((a, b) => Number(a.idempotencyKey.slice(prefix.length)) - Number(b.idempotencyKey.slice(prefix.length)));
  return { result: { duplicate: true, replies: rows.map(toMessage), settle: settleNothing() }, outcome: "duplicate" };
}

function duplicate(): Counted {
  return { result: { duplicate: true, replies: [], settle: settleNothing() }, outcome: "duplicate" };
}

/**
 * The fast path for plain check-in answers (fast-inbound.ts on SQLite, fast-inbound-postgres.ts
 * on PostgreSQL); null when it does not apply. Throws when the database is failing.
 */
async function tryFast(ctx: EngineContext, input: FastInboundInput): Promise<FastInbound> {
  if (ctx.fastPaths === false || !mayTakeFast(input)) return null;
  const conn = sqliteConnectionOf(ctx.db);
  if (conn) return fastInboundQueue(ctx, conn).submit(input);
  const pool = postgresPoolOf(ctx.db);
  return pool ? fastInboundPostgres(ctx, pool, input) : null;
}

/** After the commit: events, then the replies held for the adapter's settlement (the staff alerts follow them). */
function finish(ctx: EngineContext, turn: HeldReplies & { events: EngineEvent[]; afterCommit?: (() => void)[] }): InboundResult {
  turnCommitted(ctx, turn);
  return { duplicate: false, replies: turn.replies.map(toMessage), settle: settleHeldReplies(ctx, turn) };
}

/**
 * A message in a group conversation from someone who is not a participant: read for a crisis
 * only. Crisis resources go to the sender directly (as every reply does) and, unless the
 * sender is staff (who quote what participants said), a page; nothing is said in the group.
 */
async function handleGroupMessage(turn: InboundTurn): Promise<void> {
  if (turn.risk.level !== "crisis") return;
  const m = messagesFor(turn.ctx.program.program.languages[0] ?? "en");
  if (turn.sender.kind === "counselor") {
    await turn.reply(CRISIS_LINES, "crisis");
    return;
  }
  await turn.reply(m.crisis(), "crisis");
  await turn.escalate({ participantId: null, level: "crisis", reasons: [...turn.risk.reasons, "unknown_sender"], source: "text", excerpt: turn.text });
}

/** Someone not enrolled: crisis resources and a page to the on-call counselor, or a polite pointer. */
async function handleUnknown(turn: InboundTurn): Promise<void> {
  const lang = turn.ctx.program.program.languages[0] ?? "en";
  const m = messagesFor(lang);
  if (turn.risk.level === "crisis") {
    await turn.reply(m.crisis(), "crisis");
    await turn.escalate({ participantId: null, level: "crisis", reasons: [...turn.risk.reasons, "unknown_sender"], source: "text", excerpt: turn.text });
    return;
  }
  const keyword = turn.msg.upstreamKeyword ?? classifyKeyword(turn.text);
  if (keyword === "stop") {
    if (!turn.msg.upstreamKeyword) await turn.reply(m.stopConfirm({ program: turn.ctx.program.program.name }), "reply", "opt_out");
    return;
  }
  await turn.reply(m.unknownSender({ support: turn.ctx.program.program.supportContact }));
}
