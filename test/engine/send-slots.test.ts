import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { reserveSendSlot, SEND_SLOT_TIMEOUT_MS, sendSlotWait } from "../../src/outbox/reserve-send-slot.ts";
import { createDb } from "../../src/store/create-db.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const SENDER = "sms:+13125550199";
const AT = "2026-11-24T18:00:00-06:00";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const databases: Record<string, () => FreshDatabase | Promise<FreshDatabase>> = { SQLite: freshSqlite, PostgreSQL: freshPostgres };

describe.each(Object.keys(databases))("send slots shared through the database (%s)", (name) => {
  it("hands out back-to-back slots per sender, and starts afresh once the last one has passed", async () => {
    app = await startTestApp({ at: AT, database: await databases[name]!() });
    const db = app.db;
    expect(await reserveSendSlot(db, SENDER, 250, 10_000)).toBe(10_000);
    expect(await reserveSendSlot(db, SENDER, 250, 10_000)).toBe(10_250);
    expect(await reserveSendSlot(db, SENDER, 250, 10_100)).toBe(10_500);
    expect(await reserveSendSlot(db, "sms:MG0123", 250, 10_100)).toBe(10_100); // another sender: its own slots
    expect(await reserveSendSlot(db, SENDER, 250, 60_000)).toBe(60_000);
    // A fractional interval (three a second) rounds up: never faster than the limit.
    expect(await reserveSendSlot(db, SENDER, 1000 / 3, 60_000)).toBe(60_250);
    expect(await reserveSendSlot(db, SENDER, 1000 / 3, 60_000)).toBe(60_584);
  });

  it("says how long to wait, and 0 with a log line without the sender when the database fails", async () => {
    app = await startTestApp({ at: AT, database: await databases[name]!() });
    let wall = 50_000;
    expect(await sendSlotWait(app.engine.ctx, SENDER, 500, () => wall)).toBe(0);
    expect(await sendSlotWait(app.engine.ctx, SENDER, 500, () => wall)).toBe(500);
    wall = 50_200;
    expect(await sendSlotWait(app.engine.ctx, SENDER, 500, () => wall)).toBe(800);
    await app.db.$executeRawUnsafe('DROP TABLE "SendSlot"');
    expect(await sendSlotWait(app.engine.ctx, SENDER, 500, () => wall)).toBe(0);
    const line = app.logs.find((l) => l.includes("send_slot_unavailable"));
    expect(line).toBeDefined();
    expect(JSON.parse(line!).errorCode).toBeTruthy();
    expect(line).not.toContain("5550199");
  });
});

describe("send slots on PostgreSQL, several instances", () => {
  let database: FreshDatabase | null = null;
  afterEach(async () => {
    await database?.drop();
    database = null;
  });

  it("two clients reserving at once never get the same slot", async () => {
    database = await freshPostgres();
    app = await startTestApp({ at: AT, database: { url: database.url, drop: async () => {} } });
    const other = await createDb(database.url);
    try {
      const slots = await Promise.all(Array.from({ length: 40 }, (_, i) => reserveSendSlot(i % 2 ? other : app!.db, SENDER, 100, 1_000)));
      expect(slots.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => 1_000 + 100 * i));
    } finally {
      await other.$disconnect();
    }
  });

  it("a reservation stuck behind a lock gives up after a second: the send goes by the local limit", async () => {
    database = await freshPostgres();
    app = await startTestApp({ at: AT, database: { url: database.url, drop: async () => {} } });
    await reserveSendSlot(app.db, SENDER, 100, 1_000);
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT * FROM "SendSlot" WHERE "sender" = $1 FOR UPDATE`, [SENDER]);
      const t0 = performance.now();
      expect(await sendSlotWait(app.engine.ctx, SENDER, 100)).toBe(0);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(SEND_SLOT_TIMEOUT_MS - 5);
      expect(app.logs.some((l) => l.includes("send_slot_unavailable") && l.includes('"timeout"'))).toBe(true);
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
  });
});
