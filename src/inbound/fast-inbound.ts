import { randomUUID } from "node:crypto";
import { needsMoodAverage, newThresholdReasons } from "../checkin/evaluate-thresholds.ts";
import { averageMood, moodWindow } from "../checkin/mood-average.ts";
import { completedCheckinEvent, planCheckinReply, takesReplies } from "../checkin/plan-checkin-reply.ts";
import { rsvpWord } from "../checkin/reply-meaning.ts";
import type { PromptedQuestion } from "../checkin/step-checkin.ts";
import type { InboundMessage } from "../domain/messages.ts";
import { CHANNELS, type Lang } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import type { EngineEvent } from "../engine/engine-event.ts";
import { replyKeyPrefix } from "./inbound-turn.ts";
import { SENT_INLINE, type OutboxRow } from "../outbox/deliver-outbox.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import type { RiskAssessment } from "../risk/index.ts";
import { sqliteCell } from "../store/insert-rows.ts";
import type { SqliteConnection, SqliteStatement } from "../store/sqlite-connection.ts";
import { optedOutHere } from "./apply-keyword.ts";
import { isEnrolled, participantKeyword } from "./handle-participant.ts";
import { routeParticipant } from "./participant-route.ts";
import { senderKey } from "./sender-order.ts";
import type { HeldReplies } from "./settle-held-replies.ts";

/** What the fast path did: nothing (the general path takes the message), a duplicate, or a handled turn. */
export type FastInbound = null | { duplicate: true } | { duplicate: false; turn: HeldReplies & { events: EngineEvent[] }; markedInline: boolean };

interface Statements {
  begin: SqliteStatement;
  commit: SqliteStatement;
  rollback: SqliteStatement;
  owner: SqliteStatement;
  participant: SqliteStatement;
  openCheckin: SqliteStatement;
  openScreening: SqliteStatement;
  moods: SqliteStatement;
  insertInbound: SqliteStatement;
  insertOutbox: SqliteStatement;
  updateCheckin: SqliteStatement;
  completeCheckin: SqliteStatement;
}

const OUTBOX_COLUMNS = Object.keys(outboxRow({ channel: CHANNELS[0], address: "", recipientKind: "participant", recipientId: "", kind: "reply", text: "", idempotencyKey: "", dueAt: new Date(0) }, new Date(0)));
const CHECKIN_SET = '"stateJson" = ?, "lastReplyAt" = ?, "answersJson" = ?, "mood" = ?, "craving" = ?, "meeting" = ?, "note" = ?';

const prepared = new WeakMap<SqliteConnection, Statements>();

function statements(conn: SqliteConnection): Statements {
  let s = prepared.get(conn);
  if (s) return s;
  const read = (sql: string) => conn.prepare(sql).safeIntegers(false);
  s = {
    begin: conn.prepare("BEGIN IMMEDIATE"),
    commit: conn.prepare("COMMIT"),
    rollback: conn.prepare("ROLLBACK"),
    owner: read('SELECT "ownerKind", "ownerId", "optedOutAt", "unreachableAt" FROM "Address" WHERE "channel" = ? AND "address" = ?'),
    participant: read('SELECT "id", "name", "language", "timeZone", "startDate", "endDate", "active", "optedOutAt" FROM "Participant" WHERE "id" = ?'),
    openCheckin: read(
      'SELECT "id", "localDate", "stateJson", "status" FROM "CheckIn" WHERE "participantId" = ? AND "status" IN (\'open\', \'complete\') AND "expiresAt" > ? ORDER BY "promptAt" DESC LIMIT 1',
    ),
    openScreening: read('SELECT 1 AS "open" FROM "Screening" WHERE "participantId" = ? AND "status" = \'open\' LIMIT 1'),
    moods: read('SELECT "mood" FROM "CheckIn" WHERE "participantId" = ? AND "localDate" >= ? AND "localDate" < ? AND "mood" IS NOT NULL'),
    insertInbound: conn.prepare(
      'INSERT INTO "Inbound" ("channel", "providerId", "address", "ownerKind", "ownerId", "text", "receivedAt", "riskLevel") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("channel", "providerId") DO NOTHING',
    ),
    insertOutbox: conn.prepare(`INSERT INTO "Outbox" (${OUTBOX_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES (${OUTBOX_COLUMNS.map(() => "?").join(", ")})`),
    updateCheckin: conn.prepare(`UPDATE "CheckIn" SET ${CHECKIN_SET} WHERE "id" = ?`),
    completeCheckin: conn.prepare(`UPDATE "CheckIn" SET ${CHECKIN_SET}, "status" = 'complete', "closedAt" = ? WHERE "id" = ?`),
  };
  prepared.set(conn, s);
  return s;
}

interface ParticipantCols {
  id: string;
  name: string;
  language: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  active: number;
  optedOutAt: string | null;
}

/** One message for the fast path: the cleaned text, the instant it is handled at, its risk. */
export interface FastInboundInput {
  msg: InboundMessage;
  text: string;
  now: Date;
  risk: RiskAssessment;
  /** The adapter is expected to answer inline (the channel's answersInResponse trait): replies are recorded as sent in this commit. */
  inline: boolean;
}

/**
 * The common case of an inbound message, on SQLite, without Prisma: a participant answering
 * an open check-in (no risk in the text, no keyword, opted in, enrolled, no threshold newly
 * crossed, not a word that may answer a reminder, no screening question open, nothing for
 * the counselor's inbox).
 * Prisma spends about 0.2 ms of CPU per statement; this case needs eight, and it is most of
 * the traffic. The decisions are the general path's own functions: the routing decision
 * (routeParticipant, fed by participantKeyword, isEnrolled, takesReplies, rsvpWord), then
 * planCheckinReply and newThresholdReasons; only the reads and writes are SQL here.
 *
 * A batch runs synchronously in one BEGIN IMMEDIATE transaction on Prisma's own connection,
 * so no Prisma statement can run in between, and messages that arrived together share one
 * commit. When Prisma has a transaction open on the connection, or a message is anything but
 * the common case, nothing is written for it and null sends it down the general path; so do
 * later messages of the same sender in the batch, to keep their order. Risky messages never
 * come here.
 *
 * Should a statement fail, the whole batch rolls back and this throws: the caller sends every
 * message of it down the general path. There is no savepoint per message to keep the others:
 * SQLite copies every page a savepoint's statements touch into a statement journal, which
 * spills to a temp file past 64 KB, and that cost more than the messages' own writes.
 */
export function fastInboundBatch(ctx: EngineContext, conn: SqliteConnection, inputs: readonly FastInboundInput[]): FastInbound[] {
  const results: FastInbound[] = inputs.map(() => null);
  if (conn.inTransaction || !inputs.some((i) => i.risk.level === "none")) return results;
  const s = statements(conn);
  const general = new Set<string>();
  s.begin.run();
  try {
    inputs.forEach((input, i) => {
      const sender = senderKey(input.msg);
      if (general.has(sender)) return;
      results[i] = one(ctx, s, input);
      if (results[i] === null) general.add(sender);
    });
    s.commit.run();
    return results;
  } catch (e) {
    if (conn.inTransaction) s.rollback.run();
    throw e;
  }
}

/** A batch of one. */
export function fastInbound(ctx: EngineContext, conn: SqliteConnection, msg: InboundMessage, text: string, now: Date, risk: RiskAssessment, inline = false): FastInbound {
  return fastInboundBatch(ctx, conn, [{ msg, text, now, risk, inline }])[0] ?? null;
}

function one(ctx: EngineContext, s: Statements, { msg, text, now, risk, inline }: FastInboundInput): FastInbound {
  if (risk.level !== "none" || risk.screen) return null;
  const at = sqliteCell(now);
  const owner = s.owner.get(msg.channel, msg.from) as { ownerKind: string; ownerId: string; optedOutAt: string | null; unreachableAt: string | number | null } | undefined;
  if (owner?.ownerKind !== "participant") return null;
  // An address marked unreachable that a text just came from: the general path marks it reachable again.
  if (owner.unreachableAt !== null) return null;
  const row = s.participant.get(owner.ownerId) as ParticipantCols | undefined;
  if (!row) return null;
  const p = { ...row, active: row.active === 1, optedOutAt: optedOutHere({ optedOutAt: row.optedOutAt === null ? null : new Date(row.optedOutAt) }, { optedOutAt: owner.optedOutAt === null ? null : new Date(owner.optedOutAt) }) };
  const settings = ctx.program.program.checkin;
  const questions = settings.questions as PromptedQuestion[];
  const open = s.openCheckin.get(p.id, at) as { id: string; localDate: string; stateJson: string; status: string } | undefined;
  const route = routeParticipant({
    conversation: msg.conversation,
    risk,
    keyword: participantKeyword(msg, text, p),
    optedOut: p.optedOutAt !== null,
    screeningOpen: s.openScreening.get(p.id) !== undefined,
    enrolled: isEnrolled(p, now),
    rsvpWord: rsvpWord(text) !== null,
    checkinOpen: open !== undefined && takesReplies(open.status, open.stateJson, questions),
  });
  // Only a plain answer to the check-in; every other route is the general path's.
  if (route !== "checkin" || !open) return null;

  const plan = planCheckinReply(open.stateJson, text, { questions, lang: p.language as Lang, name: p.name }, now);
  if (plan.forStaff) return null; // words for the counselor's inbox: the general path
  const { from, to } = moodWindow(open.localDate);
  const average = needsMoodAverage(plan.answers, plan.state.alerted) ? averageMood(s.moods.all(p.id, from, to) as { mood: number }[]) : null;
  if (newThresholdReasons(plan.answers, plan.state.alerted, average, settings.thresholds).length > 0) return null; // an escalation: the general path
  const completes = plan.complete && open.status === "open";

  const inserted = s.insertInbound.run(msg.channel, msg.providerId, msg.from, "participant", p.id, text, at, "none");
  if (inserted.changes === 0) return { duplicate: true };
  const claim = { token: `reply:${randomUUID()}`, until: new Date(now.getTime() + ctx.claimMs) };
  // An adapter answering inline gets its replies recorded as sent in its response already,
  // in this transaction; settle("send") puts them back if it cannot answer in time after all.
  const markedInline = inline && plan.replies.length > 0;
  const replies = plan.replies.map((reply, i) => {
    const r = outboxRow(
      { channel: msg.channel, address: msg.from, recipientKind: "participant", recipientId: p.id, kind: "reply", text: reply, idempotencyKey: `${replyKeyPrefix(msg)}${i}`, dueAt: now, purpose: plan.reprompt ? "reprompt" : null },
      now,
      claim,
    );
    return markedInline ? { ...r, status: "sent", sentAt: now, providerId: SENT_INLINE, attempts: 1, claimToken: null, claimedUntil: null } : r;
  });
  for (const r of replies) s.insertOutbox.run(...OUTBOX_COLUMNS.map((c) => sqliteCell(r[c as keyof typeof r])));
  const d = plan.data;
  const set = [d.stateJson, sqliteCell(d.lastReplyAt), d.answersJson, d.mood, d.craving, sqliteCell(d.meeting), d.note];
  if (completes) s.completeCheckin.run(...set, at, open.id);
  else s.updateCheckin.run(...set, open.id);
  const events = completes ? [completedCheckinEvent(now, p.id, open.localDate, d)] : [];
  return { duplicate: false, turn: { msg, replies: replies as OutboxRow[], claimToken: claim.token, alertIds: [], events }, markedInline };
}
