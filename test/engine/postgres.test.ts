import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// The same engine on PostgreSQL, which is what a clinic runs in production and what lets
// several instances share the work.
const apps: TestApp[] = [];
let db: FreshDatabase | null = null;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  await db?.drop();
  db = null;
});

describe("on PostgreSQL", () => {
  it("runs a check-in, a crisis with re-escalation and an acknowledgement", async () => {
    db = await freshPostgres();
    const app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", database: db });
    apps.push(app);
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "7, 2, yes");
    await app.local.receive("p-001", "skip");
    expect(await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "complete", mood: 7, craving: 2, meeting: true });

    const r = await app.local.receive("p-002", "quiero morir");
    expect(r.replies[0]?.text).toContain("988");
    await app.advanceTo("2026-11-24T18:06:00-06:00");
    expect(app.inbox("c-okafor")).toHaveLength(1);
    const code = (await app.db.escalation.findFirstOrThrow()).code;
    expect((await app.local.receive("c-okafor", `ACK ${code}`)).replies[0]?.text).toMatch(/Acknowledged/);
    // Duplicate delivery is caught by the unique index here too.
    const msg = { conversation: DIRECT, channel: "local" as const, providerId: "pg-dup", from: "p-001", text: "hello", receivedAt: app.clock.now };
    expect((await handleAndSend(app.engine, msg)).duplicate).toBe(false);
    expect((await handleAndSend(app.engine, msg)).duplicate).toBe(true);
  });

  it("two instances racing for the same due rows never send one twice", async () => {
    db = await freshPostgres();
    const program = programWithParticipants(300);
    const a = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program, database: db });
    const b = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program, database: db });
    apps.push(a, b);
    await Promise.all([a.tick(), b.tick()]);
    a.clock.set("2026-11-24T18:00:00-06:00");
    b.clock.set("2026-11-24T18:00:00-06:00");
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const delivered = [...a.local.delivered, ...b.local.delivered].map((d) => d.message.to);
    expect(delivered).toHaveLength(300);
    expect(new Set(delivered).size).toBe(300);
  });
});

describe("on PostgreSQL, one participant's messages handled at once", () => {
  it("are applied one after the other, never both to the same check-in state", async () => {
    db = await freshPostgres();
    const a = await startTestApp({ at: "2026-11-24T17:00:00-06:00", database: db });
    const b = await startTestApp({ at: "2026-11-24T17:00:00-06:00", database: db });
    apps.push(a, b);
    await a.advanceTo("2026-11-24T18:01:00-06:00");
    b.clock.set("2026-11-24T18:01:00-06:00");
    await Promise.all([a.local.receive("p-001", "7"), b.local.receive("p-001", "3")]);
    const row = await a.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } });
    // Both answers landed: one as mood, the other as craving (in whichever order they ran).
    expect([row.mood, row.craving].sort()).toEqual([3, 7]);
  });
});
