import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "../../src/domain/messages.ts";
import { fastInbound, fastInboundBatch } from "../../src/inbound/fast-inbound.ts";
import type { Channel } from "../../src/channel/channel.ts";
import type { EngineEvent } from "../../src/engine/engine-event.ts";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { assessRisk } from "../../src/risk/index.ts";
import { sqliteConnectionOf } from "../../src/store/create-db.ts";
import { freshPostgres } from "../support/fresh-database.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// The fast paths (plain check-in answers without Prisma, on SQLite and on PostgreSQL) must
// behave exactly like the general path. The same day is played on two databases, one with
// the fast path off, and every row and reply compared.

const apps: TestApp[] = [];
afterEach(async () => {
  // Last started first: a second instance on a test's database closes before the database goes.
  for (const a of apps.splice(0).reverse()) await a.dispose();
});

function seeded(): () => number {
  let x = 42;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Where a test plays: the embedded default, or PostgreSQL. */
type Where = "SQLite" | "PostgreSQL";

async function start(fastPaths: boolean, where: Where = "SQLite"): Promise<TestApp> {
  const app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", random: seeded(), fastPaths, database: where === "PostgreSQL" ? await freshPostgres() : undefined });
  apps.push(app);
  return app;
}

type Step = { from: string; text: string; id?: string } | { at: string };

const DAY: Step[] = [
  { at: "2026-11-24T18:00:30-06:00" },
  { from: "p-001", text: "7", id: "m-1" },
  { from: "p-001", text: "7", id: "m-1" }, // the provider's retry
  { from: "p-001", text: "lots" }, // not understood: re-prompt
  { from: "p-001", text: "5 or 6" }, // ambiguous: re-prompt
  { from: "p-001", text: "2" },
  { from: "p-001", text: "yes" }, // an answer, not START: Sam never opted out
  { from: "p-001", text: "long day but ok" }, // the note: complete, no threshold
  { from: "p-001", text: "thanks" }, // no check-in open any more
  { from: "p-002", text: "siete" },
  { from: "p-002", text: "9" }, // a craving over the threshold on its own: alerted now, by the general path
  { from: "p-002", text: "sí fui" }, // complete: the fast path again, and no second alert
  { from: "p-002", text: "SKIP" },
  { from: "p-003", text: "7" }, // not prompted yet (20:30 Denver)
  { from: "p-003", text: "STOP" },
  { from: "p-003", text: "START" },
  { at: "2026-11-24T21:31:00-06:00" },
  { from: "p-003", text: "mood 8 cravings 9 no" }, // all-in-one, craving over the threshold
  { from: "p-003", text: "skip" },
  { at: "2026-11-25T18:00:30-06:00" },
  { from: "p-001", text: "3" }, // a drop of 4 below the week's average
  { from: "p-001", text: "0" },
  { from: "p-001", text: "no" },
  { from: "p-001", text: "skip" },
  { from: "p-002", text: "I had a few drinks" }, // urgent: general path
  { from: "p-002", text: "6" },
  { from: "p-002", text: "I want to kill myself" }, // crisis preempts
  { from: "p-002", text: "1" }, // craving 1, or an RSVP to tomorrow's reminder sent with tonight's check-in: asked
  { from: "p-002", text: "1" }, // the answer
  { from: "c-rivera", text: "hello" },
  { from: "+13125550100", text: "7" }, // nobody
  { at: "2026-11-25T23:00:00-06:00" },
];

async function play(app: TestApp): Promise<string[][]> {
  const replies: string[][] = [];
  let n = 0;
  for (const step of DAY) {
    if ("at" in step) {
      await app.advanceTo(step.at);
      continue;
    }
    const msg: InboundMessage = { conversation: DIRECT, channel: "local", providerId: step.id ?? `m-${++n}-${step.text}`, from: step.from, text: step.text, receivedAt: app.clock.now };
    const r = await handleAndSend(app.engine, msg);
    replies.push(r.duplicate ? ["(duplicate)"] : r.replies.map((m) => m.text));
  }
  await app.engine.idle();
  return replies;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Events in an order both databases agree on. Messages due at one instant to different
 * recipients go out in whatever order the outbox returns its ties (PostgreSQL: page order),
 * so within an instant messages are grouped by recipient; the sort is stable, so each
 * recipient's own messages, and every other event, keep the order they happened in.
 */
function inSendingOrder(events: readonly EngineEvent[]): EngineEvent[] {
  const recipient = (e: EngineEvent) => (e.type === "message" ? e.to : "");
  return [...events].sort((x, y) => x.at.getTime() - y.at.getTime() || recipient(x).localeCompare(recipient(y)));
}

async function snapshot(app: TestApp) {
  const db = app.db;
  return {
    outbox: (await db.outbox.findMany())
      .map(({ id, claimToken, claimedUntil, escalationId, createdAt, ...rest }) => ({ ...rest, idempotencyKey: rest.idempotencyKey.replace(UUID, "<id>") }))
      .sort((x, y) => `${x.idempotencyKey}|${x.dueAt.toISOString()}|${x.text}`.localeCompare(`${y.idempotencyKey}|${y.dueAt.toISOString()}|${y.text}`)),
    checkIns: await db.checkIn.findMany({ orderBy: { id: "asc" } }),
    inbound: (await db.inbound.findMany({ orderBy: { providerId: "asc" } })).map(({ id, ...rest }) => rest),
    // Escalations of one instant (the clock stands still between messages) in a fixed order: PostgreSQL returns ties in whatever order its pages hold them.
    escalations: (await db.escalation.findMany({ orderBy: [{ createdAt: "asc" }, { participantId: "asc" }, { level: "asc" }] })).map(({ id, code, ...rest }) => rest),
    consent: (await db.consentEvent.findMany({ orderBy: { id: "asc" } })).map(({ id, ...rest }) => rest),
    // Ids and codes differ from run to run; what happened must not.
    events: inSendingOrder(app.events).map((e) => (e.type === "escalation" ? { ...e, id: "", code: "" } : e.type === "message" ? { ...e, id: "", escalationId: e.escalationId === null ? null : "" } : e)),
  };
}

/**
 * A burst of answers at tonight's prompt, sent to `fast` all at once and to `general` one at a
 * time (`prepare` runs just before); both must reply the same. Returns both databases after.
 */
async function sendBurst(fast: TestApp, general: TestApp, burst: [string, string][], prepare = () => {}) {
  const message = (app: TestApp, [from, text]: [string, string], i: number): InboundMessage => ({ conversation: DIRECT, channel: "local", providerId: `burst-${i}`, from, text, receivedAt: app.clock.now });
  await fast.advanceTo("2026-11-24T18:00:30-06:00");
  await general.advanceTo("2026-11-24T18:00:30-06:00");
  prepare();
  const together = await Promise.all(burst.map((m, i) => handleAndSend(fast.engine, message(fast, m, i))));
  const oneByOne = [];
  for (const [i, m] of burst.entries()) oneByOne.push(await handleAndSend(general.engine, message(general, m, i)));
  expect(together.map((r) => r.replies.map((x) => x.text))).toEqual(oneByOne.map((r) => r.replies.map((x) => x.text)));
  await fast.engine.idle();
  await general.engine.idle();
  return { fast: await snapshot(fast), general: await snapshot(general) };
}

describe.each<Where>(["SQLite", "PostgreSQL"])("the fast path for check-in answers on %s", (where) => {
  it("leaves exactly what the general path leaves: replies, rows and events", async () => {
    const fast = await start(true, where);
    const general = await start(false, where);
    const fastReplies = await play(fast);
    const generalReplies = await play(general);
    expect(fastReplies).toEqual(generalReplies);
    const a = await snapshot(fast);
    const b = await snapshot(general);
    expect(a).toEqual(b);
    // The day did what it should, so the comparison is not between two empty databases.
    expect(a.checkIns.filter((c) => c.status === "complete").length).toBe(4);
    expect(a.escalations.map((e) => [e.participantId, e.level, e.source])).toEqual([
      ["p-002", "urgent", "threshold"],
      ["p-003", "urgent", "threshold"],
      ["p-001", "urgent", "threshold"],
      ["p-002", "crisis", "text"],
      ["p-002", "urgent", "text"],
    ]);
    expect(a.escalations.filter((e) => e.source === "threshold").map((e) => e.reasonsJson)).toEqual(['["craving_high"]', '["craving_high"]', '["mood_drop"]']);
    expect(a.checkIns.find((c) => c.participantId === "p-002" && c.localDate === "2026-11-25")).toMatchObject({ mood: 6, craving: 1 });
    expect(fastReplies).toContainEqual([expect.stringMatching(/^Para confirmar: ¿el 1 es tu respuesta/)]);
    expect(fastReplies[1]).toEqual(["(duplicate)"]);
    expect(fast.inbox("p-001")).toEqual(general.inbox("p-001"));
  });

  it("records an inline answer as sent in the same transaction on a channel that answers inline; a late adapter puts the replies back and they go out once", async () => {
    // SMS answers in its webhook response (the registry's answersInResponse): a stand-in SMS channel that only records sends.
    const smsSent: string[] = [];
    const sms: Channel = { name: "sms", start: async () => {}, send: async (m) => (smsSent.push(m.text), { providerId: `SM${smsSent.length}` }), stop: async () => {} };
    const local = new LocalChannel();
    const app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", random: seeded(), fastPaths: true, channels: [local, sms], database: where === "PostgreSQL" ? await freshPostgres() : undefined });
    apps.push(app);
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const at = app.clock.now;
    const sam = { conversation: DIRECT, channel: "sms" as const, from: "+13125550111", receivedAt: at };
    const first = await app.engine.handleInbound({ ...sam, providerId: "SM-fast-1", text: "7" });
    const row = await app.db.outbox.findUniqueOrThrow({ where: { idempotencyKey: "reply:sms:SM-fast-1:0" } });
    expect(row).toMatchObject({ status: "sent", providerId: "inline", attempts: 1, claimToken: null });
    expect(await first.settle("inline")).toBe(true);
    expect(await first.settle("send")).toBe(false);
    expect(app.events.filter((e) => e.type === "message" && e.text.includes("urges"))).toHaveLength(1);

    const second = await app.engine.handleInbound({ ...sam, providerId: "SM-fast-2", text: "2" });
    expect(await second.settle("send")).toBe(true);
    expect(await second.settle("inline")).toBe(false);
    const sent = await app.db.outbox.findUniqueOrThrow({ where: { idempotencyKey: "reply:sms:SM-fast-2:0" } });
    expect(sent).toMatchObject({ status: "sent", providerId: "SM1", attempts: 1, claimToken: null });
    app.clock.advance(5);
    await app.tick();
    // Only the second reply went through the channel, once; the first went in the adapter's response.
    expect(smsSent).toEqual(["Got it. Did you make it to a meeting today? Yes or no"]);
  });

  it("on a channel that sends its replies, the fast path holds them for the adapter's settlement", async () => {
    const app = await start(true, where);
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const before = app.inbox("p-001").length;
    const r = await app.engine.handleInbound({ conversation: DIRECT, channel: "local", providerId: "m-held", from: "p-001", text: "7", receivedAt: app.clock.now });
    expect(await app.db.outbox.findUniqueOrThrow({ where: { idempotencyKey: "reply:local:m-held:0" } })).toMatchObject({ status: "pending" });
    expect(app.inbox("p-001").length).toBe(before);
    expect(await r.settle("send")).toBe(true);
    expect(app.inbox("p-001").slice(before)).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
  });

  it("a burst handled together (in one transaction on SQLite, side by side on PostgreSQL) leaves what one message at a time leaves", async () => {
    const fast = await start(true, where);
    const general = await start(false, where);
    const burst: [string, string][] = [
      ["p-001", "7"],
      ["p-002", "siete"],
      ["p-001", "2"],
      ["p-002", "HELP"], // general path: p-002's later messages in the burst follow it there
      ["p-002", "ninguna"],
      ["p-001", "yes"],
      ["p-001", "yes"], // an answer to the note question
    ];
    const after = await sendBurst(fast, general, burst);
    // Rows and each person's events are the same; only the order in which concurrent turns emit them differs.
    const { events: fastEvents, ...fastRows } = after.fast;
    const { events: generalEvents, ...generalRows } = after.general;
    expect(fastRows).toEqual(generalRows);
    const whose = (e: (typeof fastEvents)[number]) => (e.type === "message" ? e.to : e.participant);
    const of = (events: typeof fastEvents, who: string) => events.filter((e) => whose(e) === who).map((e) => JSON.stringify(e)).sort();
    for (const who of ["p-001", "p-002"]) expect(of(fastEvents, who)).toEqual(of(generalEvents, who));
    expect(fastEvents).toHaveLength(generalEvents.length);
    expect((await fast.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).status).toBe("complete");
  });
});

describe("the SQLite fast path for check-in answers", () => {
  it("takes the plain answer and leaves everything else to the general path, writing nothing", async () => {
    const app = await start(true);
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const conn = sqliteConnectionOf(app.db)!;
    expect(conn).not.toBeNull();
    const now = app.clock.now;
    const run = (from: string, text: string, providerId = `x-${from}-${text}`) =>
      fastInbound(app.engine.ctx, conn, { conversation: DIRECT, channel: "local", providerId, from, text, receivedAt: now }, text, now, assessRisk(text));

    for (const [from, text] of [
      ["p-001", "I want to kill myself"], // crisis
      ["p-001", "relapsed last night"], // urgent
      ["p-001", "STOP"], // keyword
      ["p-001", "HELP"],
      ["p-001", "2"], // mood 2 crosses a threshold: the escalation is the general path's
      ["p-001", "1"], // may answer a session reminder
      ["p-001", "Going!"],
      ["p-003", "7"], // no check-in open
      ["c-rivera", "ACK 1234"], // a counselor
      ["nobody", "7"], // unknown sender
    ] as const) {
      expect(run(from, text), `${from}: ${text}`).toBeNull();
    }
    expect(await app.db.inbound.count()).toBe(0);
    expect(await app.db.outbox.count({ where: { kind: "reply" } })).toBe(0);

    const handled = run("p-001", "7", "plain-1");
    expect(handled).toMatchObject({ duplicate: false });
    expect(handled && !handled.duplicate && handled.turn.replies.map((r) => r.text)).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    expect(run("p-001", "7", "plain-1")).toEqual({ duplicate: true });
    expect(await app.db.inbound.count()).toBe(1);
    const row = await app.db.outbox.findFirstOrThrow({ where: { kind: "reply" } });
    expect(row).toMatchObject({ status: "pending", recipientId: "p-001", idempotencyKey: "reply:local:plain-1:0" });
    expect(row.claimToken).toMatch(/^reply:/);
    expect(row.dueAt).toEqual(now);
  });

  it("stores a text replayed after an outage with the time it arrived", async () => {
    const app = await start(true);
    await app.advanceTo("2026-11-24T18:40:00-06:00");
    const arrived = new Date("2026-11-24T18:00:30-06:00");
    const [r] = fastInboundBatch(app.engine.ctx, sqliteConnectionOf(app.db)!, [
      { msg: { conversation: DIRECT, channel: "local", providerId: "kept-1", from: "p-001", text: "7", receivedAt: arrived }, text: "7", now: app.clock.now, receivedAt: arrived, risk: assessRisk("7"), inline: false },
    ]);
    expect(r).toMatchObject({ duplicate: false });
    expect((await app.db.inbound.findFirstOrThrow({ where: { providerId: "kept-1" } })).receivedAt).toEqual(arrived);
  });

  it("steps aside while Prisma has a transaction open on the connection", async () => {
    const app = await start(true);
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const conn = sqliteConnectionOf(app.db)!;
    const now = app.clock.now;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    const tx = app.db.$transaction(async (t) => {
      await t.inbound.count();
      inside();
      await held;
    });
    await entered;
    expect(conn.inTransaction).toBe(true);
    expect(fastInbound(app.engine.ctx, conn, { conversation: DIRECT, channel: "local", providerId: "during-tx", from: "p-001", text: "7", receivedAt: now }, "7", now, assessRisk("7"))).toBeNull();
    // Through the engine, the message waits for the transaction and is answered by the general path.
    const answered = handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "during-tx", from: "p-001", text: "7", receivedAt: now });
    release();
    await tx;
    expect((await answered).replies.map((r) => r.text)).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    expect(await app.db.inbound.count()).toBe(1);
  });




  it("a write that fails mid-burst rolls the whole burst back, and the general path takes every message of it: nothing lost, nothing doubled", async () => {
    const fast = await start(true);
    const general = await start(false);
    const burst: [string, string][] = [
      ["p-001", "7"],
      ["p-002", "siete"],
      ["p-001", "2"],
      ["p-002", "ninguna"],
    ];
    let failed = 0;
    const after = await sendBurst(fast, general, burst, () => {
      // The second message's reply row fails to insert, once, after the first message's rows are written.
      const conn = sqliteConnectionOf(fast.db)! as unknown as { function(name: string, fn: (key: unknown) => number): void; prepare(sql: string): { run(): void } };
      conn.function("fail_once", (key) => (key === "reply:local:burst-1:0" && failed++ === 0 ? 1 : 0));
      conn.prepare(`CREATE TEMP TRIGGER fail_once BEFORE INSERT ON "Outbox" WHEN fail_once(NEW."idempotencyKey") BEGIN SELECT RAISE(ABORT, 'write failed'); END`).run();
    });
    expect(failed).toBeGreaterThan(0);
    const { events: _f, ...fastRows } = after.fast;
    const { events: _g, ...generalRows } = after.general;
    expect(fastRows).toEqual(generalRows);
    expect(fastRows.inbound).toHaveLength(burst.length);
    const logs = fast.logs.join("\n");
    expect(logs).toContain("inbound_fast_path_failed");
    expect(logs).not.toContain("siete");
  });
});

describe("the PostgreSQL fast path for check-in answers", () => {
  /** Records which statement inserted each inbound row (the fast path's starts with its CTE). */
  async function recordInserts(app: TestApp) {
    await app.db.$executeRawUnsafe('CREATE TABLE "InsertedBy" ("providerId" text, "statement" text)');
    await app.db.$executeRawUnsafe(
      `CREATE FUNCTION inserted_by() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "InsertedBy" VALUES (NEW."providerId", current_query()); RETURN NEW; END $$`,
    );
    await app.db.$executeRawUnsafe('CREATE TRIGGER inserted_by AFTER INSERT ON "Inbound" FOR EACH ROW EXECUTE FUNCTION inserted_by()');
    return async () => {
      const rows = await app.db.$queryRawUnsafe<{ providerId: string; statement: string }[]>('SELECT "providerId", "statement" FROM "InsertedBy"');
      return Object.fromEntries(rows.map((r) => [r.providerId, r.statement.trimStart().startsWith("WITH a AS") ? "fast" : "general"]));
    };
  }

  it("takes the plain answer through the engine and leaves everything else to the general path", async () => {
    const app = await start(true, "PostgreSQL");
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const insertedBy = await recordInserts(app);
    const send = (text: string, id: string) => handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: id, from: "p-001", text, receivedAt: app.clock.now });
    expect((await send("7", "a-1")).replies.map((r) => r.text)).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    expect((await send("7", "a-1")).duplicate).toBe(true);
    await send("HELP", "a-2");
    await send("relapsed last night", "a-3");
    await send("1", "a-4"); // may answer a session reminder: asked
    await send("3", "a-5"); // the craving: plain again
    expect(await insertedBy()).toEqual({ "a-1": "fast", "a-2": "general", "a-3": "general", "a-4": "general", "a-5": "fast" });
    expect(await app.db.inbound.count()).toBe(5);
    const checkIn = await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001", localDate: "2026-11-24" } });
    expect(checkIn).toMatchObject({ mood: 7, craving: 3 });
  });

  it("an error from the server rolls the turn back, and the general path takes the message: nothing lost, nothing doubled", async () => {
    const app = await start(true, "PostgreSQL");
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const insertedBy = await recordInserts(app);
    // The first insert of the reply to f-1 fails, as a constraint or a cancelled statement
    // would (counted by a sequence, which a rollback does not undo).
    await app.db.$executeRawUnsafe("CREATE SEQUENCE fail_count");
    await app.db.$executeRawUnsafe(
      `CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         IF NEW."idempotencyKey" = 'reply:local:f-1:0' AND nextval('fail_count') = 1 THEN RAISE EXCEPTION 'write failed'; END IF;
         RETURN NEW; END $$`,
    );
    await app.db.$executeRawUnsafe('CREATE TRIGGER fail_once BEFORE INSERT ON "Outbox" FOR EACH ROW EXECUTE FUNCTION fail_once()');
    const r = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "f-1", from: "p-001", text: "7", receivedAt: app.clock.now });
    expect(r.replies.map((m) => m.text)).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    await app.engine.idle();
    // The fast path's transaction failed and left nothing: the general path stored the message and wrote the reply.
    expect(await app.db.$queryRawUnsafe<{ n: bigint }[]>("SELECT last_value AS n FROM fail_count")).toEqual([{ n: 2n }]);
    expect(await insertedBy()).toEqual({ "f-1": "general" });
    expect(await app.db.outbox.count({ where: { idempotencyKey: "reply:local:f-1:0" } })).toBe(1);
    expect(app.inbox("p-001").filter((t) => t.includes("urges"))).toHaveLength(1);
  });

  it("two instances answering one person at the same moment take turns: neither answer is lost", async () => {
    const a = await start(true, "PostgreSQL");
    await a.advanceTo("2026-11-24T18:00:30-06:00");
    // A second instance on the same database, with its own client and engine.
    const b = await startTestApp({ at: "2026-11-24T18:00:30-06:00", database: { url: a.database.url, drop: async () => {} } });
    apps.push(b);
    const insertedBy = await recordInserts(a);
    const msg = (from: string, text: string): InboundMessage => ({ conversation: DIRECT, channel: "local", providerId: `${from}-${text}`, from, text, receivedAt: a.clock.now });
    const people = ["p-001", "p-002"];
    await Promise.all(people.flatMap((who) => [a.engine.handleInbound(msg(who, "6")), b.engine.handleInbound(msg(who, "7"))]));
    // One answer is the mood, the other the craving, whichever came first; had both read the check-in before the other wrote it, both would be the mood.
    for (const who of people) {
      const checkIn = await a.db.checkIn.findFirstOrThrow({ where: { participantId: who, localDate: "2026-11-24" } });
      expect([checkIn.mood, checkIn.craving].sort(), who).toEqual([6, 7]);
    }
    expect(Object.values(await insertedBy())).toEqual(["fast", "fast", "fast", "fast"]);
  });
});

describe("one sender's messages", () => {
  // "I had a few drinks" takes the general path (urgent); "6" alone would take the fast path.
  const PAIR = ["I had a few drinks", "6"];

  async function pair(app: TestApp, together: boolean): Promise<string[][]> {
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const send = (text: string, i: number) =>
      handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: `pair-${i}`, from: "p-002", text, receivedAt: app.clock.now }).then((r) => r.replies.map((m) => m.text));
    const replies = together ? await Promise.all(PAIR.map(send)) : [await send(PAIR[0]!, 0), await send(PAIR[1]!, 1)];
    await app.engine.idle();
    return replies;
  }

  it("are handled in the order they arrived, even when the first takes the general path and the next the fast one", async () => {
    const oneByOne = await start(true);
    const together = await start(true);
    const expected = await pair(oneByOne, false);
    expect(await pair(together, true)).toEqual(expected);
    const a = await snapshot(together);
    const b = await snapshot(oneByOne);
    expect(a.checkIns).toEqual(b.checkIns);
    expect(a.outbox.map((o) => o.text)).toEqual(b.outbox.map((o) => o.text));
    expect(together.inbox("p-002")).toEqual(oneByOne.inbox("p-002"));
    // The mood was answered by the second message.
    expect(a.checkIns.find((c) => c.participantId === "p-002" && c.localDate === "2026-11-24")?.mood).toBe(6);
  });

  it("are handled in the order they arrived on PostgreSQL too, where every query is a round trip", async () => {
    const expected = await pair(await start(true), false);
    for (let round = 0; round < 5; round++) {
      const app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", random: seeded(), database: await freshPostgres() });
      apps.push(app);
      expect(await pair(app, true), `round ${round}`).toEqual(expected);
      const checkIn = await app.db.checkIn.findFirst({ where: { participantId: "p-002", localDate: "2026-11-24" } });
      expect(checkIn?.mood).toBe(6);
    }
  });
});
