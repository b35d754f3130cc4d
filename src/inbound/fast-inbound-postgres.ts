import type pg from "pg";
import { CHANNELS } from "../domain/types.ts";
import type { EngineContext } from "../engine/engine-context.ts";
import { outboxRow } from "../outbox/outbox-draft.ts";
import { postgresCell } from "../store/insert-rows.ts";
import { fastAnswerWrites, fastParticipantId, fastTurn, planFastAnswer, type FastAnswerWrites, type FastInbound, type FastInboundInput, type FastOpenCheckin, type FastParticipant } from "./fast-answer-plan.ts";

const OUTBOX_COLUMNS = Object.keys(outboxRow({ channel: CHANNELS[0], address: "", recipientKind: "participant", recipientId: "", kind: "reply", text: "", idempotencyKey: "", dueAt: new Date(0) }, new Date(0)));

/**
 * The message stored with its dedupe row, the sender's address read in the same statement.
 * No row: an unknown address. `inserted` 0 for a participant's reachable address: stored
 * already (a duplicate); for anything else nothing was inserted, and the general path takes it.
 */
const STORE_INBOUND = `WITH a AS (
  SELECT "ownerKind", "ownerId", "optedOutAt"::text AS "optedOutAt", "unreachableAt" IS NOT NULL AS "unreachable"
  FROM "Address" WHERE "channel" = $1 AND "address" = $2
), i AS (
  INSERT INTO "Inbound" ("channel", "providerId", "address", "ownerKind", "ownerId", "text", "receivedAt", "riskLevel")
  SELECT $1, $3, $2, "ownerKind", "ownerId", $4, $5::timestamp, 'none' FROM a WHERE "ownerKind" = 'participant' AND NOT "unreachable"
  ON CONFLICT ("channel", "providerId") DO NOTHING RETURNING 1
)
SELECT a.*, (SELECT COUNT(*) FROM i)::int AS "inserted" FROM a`;

/** The participant, locked for the transaction as the general path locks it (see storeTurn). */
const LOCK_PARTICIPANT =
  'SELECT "id", "name", "language", "timeZone", "startDate", "endDate", "active", "optedOutAt"::text AS "optedOutAt" FROM "Participant" WHERE "id" = $1 FOR UPDATE';

/** Read after the lock, so that it sees what an earlier message of the same person wrote. */
const OPEN_CHECKIN = `SELECT c."id", c."localDate", c."stateJson", c."status",
  EXISTS (SELECT 1 FROM "Screening" WHERE "participantId" = $1 AND "status" = 'open') AS "screeningOpen"
FROM (SELECT 1) AS one LEFT JOIN LATERAL (
  SELECT "id", "localDate", "stateJson", "status" FROM "CheckIn"
  WHERE "participantId" = $1 AND "status" IN ('open', 'complete') AND "expiresAt" > $2::timestamp ORDER BY "promptAt" DESC LIMIT 1
) AS c ON true`;

const MOODS = 'SELECT "mood" FROM "CheckIn" WHERE "participantId" = $1 AND "localDate" >= $2 AND "localDate" < $3 AND "mood" IS NOT NULL';

/** A timestamp column read as text (UTC without a zone, as Prisma writes it), as a Date. */
function utc(v: string | null): Date | null {
  return v === null ? null : new Date(`${v.replace(" ", "T")}Z`);
}

/**
 * A thrown error that came from the server (a constraint, a deadlock, a cancelled statement),
 * not from the connection: pg's DatabaseError, known by its SQLSTATE code and severity (the
 * class itself is not imported, so that a SQLite process never loads the driver).
 */
function fromServer(e: unknown): boolean {
  const err = e as { code?: unknown; severity?: unknown } | null;
  return typeof err?.code === "string" && /^[0-9A-Z]{5}$/.test(err.code) && typeof err.severity === "string";
}

/**
 * The common case of an inbound message, on PostgreSQL, without Prisma: a participant
 * answering an open check-in, decided as on SQLite (fast-answer-plan.ts; see fast-inbound.ts
 * for what the common case is). Prisma's general path takes twelve statements for it, each a
 * round trip with Prisma's own work on top; this takes BEGIN, four statements (five when a
 * mood average is needed) and COMMIT, on a connection of Prisma's own pool:
 *  1. the inbound row, inserted unless stored already (the dedupe), with the address read;
 *  2. the participant locked, in the same order as the general path (inbound row, then the
 *     participant), so two instances handling one person's messages take turns;
 *  3. the open check-in and whether a screening question is open, read after the lock;
 *  4. the replies and the check-in's new state, in one statement.
 * Anything but the common case rolls back (nothing written) and answers null: the general
 * path takes the message. So does an error from the server (a deadlock, say). An error of
 * the connection (refused, hung past its timeout) is thrown: the database is failing, and
 * the caller keeps the message as it would after the general path failed.
 */
export async function fastInboundPostgres(ctx: EngineContext, pool: pg.Pool, input: FastInboundInput): Promise<FastInbound> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await turn(ctx, client, input);
    await client.query(result && !result.duplicate ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (e) {
    // A connection that failed or hung is not asked for anything more: closed below.
    if (!fromServer(e)) broken = e instanceof Error ? e : new Error(String(e));
    else
      try {
        await client.query("ROLLBACK");
        return null;
      } catch (r) {
        broken = r instanceof Error ? r : new Error(String(r));
      }
    throw e;
  } finally {
    // A broken connection is closed, never handed to the next caller.
    client.release(broken);
  }
}

async function turn(ctx: EngineContext, client: pg.PoolClient, input: FastInboundInput): Promise<FastInbound> {
  const { msg, text, now } = input;
  const stored = await client.query<{ ownerKind: string; ownerId: string; optedOutAt: string | null; unreachable: boolean; inserted: number }>(STORE_INBOUND, [
    msg.channel,
    msg.from,
    msg.providerId,
    text,
    postgresCell(input.receivedAt),
  ]);
  const address = stored.rows[0];
  const owner = address && { ...address, optedOutAt: utc(address.optedOutAt) };
  const id = fastParticipantId(owner);
  if (!owner || id === null) return null;
  if (address.inserted === 0) return { duplicate: true };
  const locked = await client.query<Omit<FastParticipant, "optedOutAt"> & { optedOutAt: string | null }>(LOCK_PARTICIPANT, [id]);
  const row = locked.rows[0];
  if (!row) return null;
  const open = await client.query<Partial<FastOpenCheckin> & { screeningOpen: boolean }>(OPEN_CHECKIN, [id, postgresCell(now)]);
  const { screeningOpen, ...checkin } = open.rows[0]!;
  const planned = planFastAnswer(ctx, input, owner, { ...row, optedOutAt: utc(row.optedOutAt) }, checkin.id === null ? undefined : (checkin as FastOpenCheckin), screeningOpen);
  if (!planned) return null;
  const moods = planned.moodsFrom ? (await client.query<{ mood: number }>(MOODS, [id, planned.moodsFrom.from, planned.moodsFrom.to])).rows : [];
  const w = fastAnswerWrites(ctx, input, id, planned, moods);
  if (!w) return null;
  const write = writeAnswer(w, planned.open.id, now);
  await client.query(write.sql, write.params);
  return fastTurn(msg, w);
}

/** The replies and the check-in's new values in one statement. */
function writeAnswer(w: FastAnswerWrites, checkinId: string, now: Date): { sql: string; params: (string | number | null)[] } {
  const d = w.checkin;
  const params: (string | number | null)[] = [d.stateJson, postgresCell(d.lastReplyAt), d.answersJson, d.mood, d.craving, postgresCell(d.meeting), d.note, checkinId];
  const mark = (v: string | number | null) => `$${params.push(v)}`;
  const closes = w.completes ? `, "status" = 'complete', "closedAt" = ${mark(postgresCell(now))}::timestamp` : "";
  const update = `UPDATE "CheckIn" SET "stateJson" = $1, "lastReplyAt" = $2::timestamp, "answersJson" = $3, "mood" = $4, "craving" = $5, "meeting" = $6::boolean, "note" = $7${closes} WHERE "id" = $8`;
  if (w.replies.length === 0) return { sql: update, params };
  const tuples = w.replies.map((r) => `(${OUTBOX_COLUMNS.map((c) => mark(postgresCell(r[c as keyof typeof r] as Date | string | number | null))).join(", ")})`);
  return { sql: `WITH o AS (INSERT INTO "Outbox" (${OUTBOX_COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}) ${update}`, params };
}
