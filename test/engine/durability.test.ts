import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const apps: TestApp[] = [];
let db: FreshDatabase | null = null;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  await db?.drop();
  db = null;
});

async function start(at: string, options: Parameters<typeof startTestApp>[0] = { at }) {
  const a = await startTestApp({ ...options, at, database: db! });
  apps.push(a);
  return a;
}

describe("nothing lost, nothing doubled", () => {
  it("the same provider message id delivered three times has exactly one effect", async () => {
    db = freshSqlite();
    const app = await start("2026-11-24T10:00:00-06:00");
    const msg = { conversation: DIRECT, channel: "local" as const, providerId: "SM-dup-1", from: "p-001", text: "I relapsed yesterday", receivedAt: app.clock.now };
    const results = [await handleAndSend(app.engine, msg), await handleAndSend(app.engine, msg), await handleAndSend(app.engine, msg)];
    expect(results.map((r) => r.duplicate)).toEqual([false, true, true]);
    expect(await app.db.inbound.count()).toBe(1);
    expect(await app.db.escalation.count()).toBe(1);
    expect(app.inbox("p-001")).toHaveLength(1);
    expect(app.inbox("c-rivera")).toHaveLength(1);
  });

  it("a restart in the middle of a check-in carries on where it was", async () => {
    db = freshSqlite();
    const first = await start("2026-11-24T17:00:00-06:00");
    await first.advanceTo("2026-11-24T18:01:00-06:00");
    await first.local.receive("p-001", "7");
    await first.close();
    apps.pop();

    const second = await start("2026-11-24T18:30:00-06:00");
    const r = await second.local.receive("p-001", "3");
    expect(r.replies[0]?.text).toBe("Got it. Did you make it to a meeting today? Yes or no");
    await second.local.receive("p-001", "no");
    await second.local.receive("p-001", "skip");
    expect(await second.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "complete", mood: 7, craving: 3, meeting: false });
    // The nudge job survived the restart but the participant already replied: no nudge.
    await second.advanceTo("2026-11-24T21:00:00-06:00");
    expect(second.inbox("p-001").some((t) => t.includes("gentle reminder"))).toBe(false);
  });

  it("after downtime, a restart drops what is stale (no 6 PM prompt at 11 PM) and it is not counted as missed", async () => {
    db = freshSqlite();
    const first = await start("2026-11-24T12:00:00-06:00");
    await first.tick();
    await first.close();
    apps.pop();
    const second = await start("2026-11-24T23:00:00-06:00");
    await second.tick();
    expect(second.inbox("p-001")).toEqual([]);
    const row = await second.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001", localDate: "2026-11-24" } });
    expect(row.status).toBe("skipped");
    // A short outage is caught up: the prompt is still relevant 30 minutes late.
    await second.advanceTo("2026-11-25T12:00:00-06:00");
    await second.close();
    apps.pop();
    const third = await start("2026-11-25T18:30:00-06:00");
    await third.tick();
    expect(third.inbox("p-001")).toContainEqual(expect.stringMatching(/^Hi Sam, it's check-in time/));
  });

  it("two dispatchers racing for the same due rows never send one twice", async () => {
    db = freshSqlite();
    const program = programWithParticipants(300);
    const a = await start("2026-11-24T17:00:00-06:00", { at: "2026-11-24T17:00:00-06:00", program });
    const b = await start("2026-11-24T17:00:00-06:00", { at: "2026-11-24T17:00:00-06:00", program });
    await a.tick();
    a.clock.set("2026-11-24T18:00:00-06:00");
    b.clock.set("2026-11-24T18:00:00-06:00");
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const delivered = [...a.local.delivered, ...b.local.delivered].map((d) => d.message.to);
    expect(delivered).toHaveLength(300);
    expect(new Set(delivered).size).toBe(300);
    expect(await a.db.outbox.count({ where: { status: "sent" } })).toBe(300);
  });
});
