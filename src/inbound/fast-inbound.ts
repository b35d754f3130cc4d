import type { InboundMessage } from "../domain/messages.ts";
import { CHANNELS } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import type { RiskAssessment } from "../risk/index.ts";
import { sqliteCell } from "../store/insert-rows.ts";
import type { SqliteConnection, SqliteStatement } from "../store/sqlite-connection.ts";
import { fastAnswerWrites, fastParticipantId, fastTurn, mayTakeFast, planFastAnswer, type FastInbound, type FastInboundInput, type FastOpenCheckin, type FastParticipant } from "./fast-answer-plan.ts";
import { senderKey } from "./sender-order.ts";

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

/** The participant row as SQLite gives it: a boolean as 0 or 1, a DateTime as ISO text. */
type ParticipantCols = Omit<FastParticipant, "active" | "optedOutAt"> & { active: number; optedOutAt: string | null };

/**
 * The common case of an inbound message, on SQLite, without Prisma: a participant answering
 * an open check-in (no risk in the text, no keyword, opted in, enrolled, no threshold newly
 * crossed, not a word that may answer a reminder, no screening question open, nothing for
 * the counselor's inbox).
 * Prisma spends about 0.2 ms of CPU per statement; this case needs eight, and it is most of
 * the traffic. The decisions are fast-answer-plan.ts's, shared with the PostgreSQL fast
 * path (the general path's own functions); only the reads and writes are SQL here.
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
  if (conn.inTransaction || !inputs.some(mayTakeFast)) return results;
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
  return fastInboundBatch(ctx, conn, [{ msg, text, now, receivedAt: now, risk, inline }])[0] ?? null;
}

function one(ctx: EngineContext, s: Statements, input: FastInboundInput): FastInbound {
  if (!mayTakeFast(input)) return null;
  const { msg, text, now } = input;
  const at = sqliteCell(now);
  const address = s.owner.get(msg.channel, msg.from) as { ownerKind: string; ownerId: string; optedOutAt: string | null; unreachableAt: string | number | null } | undefined;
  const owner = address && { ...address, optedOutAt: sqliteDate(address.optedOutAt), unreachable: address.unreachableAt !== null };
  const id = fastParticipantId(owner);
  if (!owner || id === null) return null;
  const row = s.participant.get(id) as ParticipantCols | undefined;
  if (!row) return null;
  const participant = { ...row, active: row.active === 1, optedOutAt: sqliteDate(row.optedOutAt) };
  const open = s.openCheckin.get(id, at) as FastOpenCheckin | undefined;
  const planned = planFastAnswer(ctx, input, owner, participant, open, s.openScreening.get(id) !== undefined);
  if (!planned) return null;
  const moods = planned.moodsFrom ? (s.moods.all(id, planned.moodsFrom.from, planned.moodsFrom.to) as { mood: number }[]) : [];
  const w = fastAnswerWrites(ctx, input, id, planned, moods);
  if (!w) return null;

  const inserted = s.insertInbound.run(msg.channel, msg.providerId, msg.from, "participant", id, text, sqliteCell(input.receivedAt), "none");
  if (inserted.changes === 0) return { duplicate: true };
  for (const r of w.replies) s.insertOutbox.run(...OUTBOX_COLUMNS.map((c) => sqliteCell(r[c as keyof typeof r])));
  const d = w.checkin;
  const set = [d.stateJson, sqliteCell(d.lastReplyAt), d.answersJson, d.mood, d.craving, sqliteCell(d.meeting), d.note];
  if (w.completes) s.completeCheckin.run(...set, at, planned.open.id);
  else s.updateCheckin.run(...set, planned.open.id);
  return fastTurn(msg, w);
}

/** A DateTime column as Prisma keeps it on SQLite (ISO text), as a Date. */
function sqliteDate(v: string | null): Date | null {
  return v === null ? null : new Date(v);
}
