import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { DIRECT, type InboundMessage } from "../../src/domain/messages.ts";
import { UrgentFirst } from "../../src/inbound/urgent-first.ts";
import { freshPostgres } from "../support/fresh-database.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** Whether `p` has settled after the microtasks and timers queued now have run. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/** A task that ends when the test says. */
function held() {
  let end!: (fail?: boolean) => void;
  const task = () => new Promise<string>((resolve, reject) => (end = (fail) => (fail ? reject(new Error("failed")) : resolve("done"))));
  return { task, end: (fail?: boolean) => end(fail) };
}

describe("UrgentFirst", () => {
  it("lets an ordinary turn start at once when no crisis turn is in hand", async () => {
    expect(await settled(new UrgentFirst(1_000).ordinary())).toBe(true);
  });

  it("holds ordinary turns while crisis turns are in hand, until the last of them ends, failed or not", async () => {
    const u = new UrgentFirst(60_000);
    const first = held();
    const second = held();
    const a = u.urgent(first.task);
    const b = u.urgent(second.task).catch(() => "caught");
    const waiting = [u.ordinary(), u.ordinary()];
    expect(u.waitingCount).toBe(2);
    first.end();
    expect(await a).toBe("done");
    expect(await settled(Promise.all(waiting))).toBe(false);
    second.end(true);
    expect(await b).toBe("caught");
    expect(await settled(Promise.all(waiting))).toBe(true);
    expect(u.waitingCount).toBe(0);
    // Nothing in hand again: the next one does not wait.
    expect(await settled(u.ordinary())).toBe(true);
  });

  it("never holds an ordinary turn longer than its limit, so a run of crisis texts cannot starve the rest", async () => {
    const u = new UrgentFirst(50);
    const crisis = held();
    const running = u.urgent(crisis.task);
    const t = performance.now();
    await u.ordinary();
    expect(performance.now() - t).toBeGreaterThanOrEqual(45);
    expect(u.waitingCount).toBe(0);
    crisis.end();
    await running;
  });
});

describe("a crisis text in hand on PostgreSQL", () => {
  let app: TestApp | null = null;
  let locker: pg.Client | null = null;
  afterEach(async () => {
    await locker?.end().catch(() => {});
    await app?.dispose();
    app = locker = null;
  });

  it("starts no other message of this process until it is stored; then the others go on", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", database: await freshPostgres() });
    const a = app;
    // Another session holds Sam's row: his crisis turn waits at its lock, in hand.
    locker = new pg.Client({ connectionString: a.database.url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query(`SELECT id FROM "Participant" WHERE id = 'p-001' FOR UPDATE`);
    const msg = (providerId: string, from: string, text: string): InboundMessage => ({ conversation: DIRECT, channel: "local", providerId, from, text, receivedAt: a.clock.now });
    const answered: string[] = [];
    const crisis = a.engine.handleInbound(msg("c-1", "p-001", "I want to kill myself")).finally(() => answered.push("crisis"));
    const waitingOnLock = async () => (await a.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`))[0]!.n > 0n;
    for (const until = Date.now() + 10_000; !(await waitingOnLock()); await new Promise((r) => setTimeout(r, 10))) expect(Date.now()).toBeLessThan(until);

    // Lucía writes meanwhile (a plain message, nothing to do with Sam).
    const other = a.engine.handleInbound(msg("o-1", "p-002", "gracias, nos vemos el jueves")).finally(() => answered.push("other"));
    await new Promise((r) => setTimeout(r, 300));
    const stored = async (providerId: string) => a.db.inbound.findUnique({ where: { channel_providerId: { channel: "local", providerId } } });
    expect(await stored("o-1")).toBeNull();
    expect(await settled(other)).toBe(false);

    await locker.query("COMMIT");
    const [c, o] = await Promise.all([crisis, other]);
    expect(c.replies.map((m) => m.text).join(" ")).toContain("988");
    expect(o.duplicate).toBe(false);
    expect(await stored("o-1")).not.toBeNull();
    // Lucía's message started only once the crisis was stored.
    expect(answered).toEqual(["crisis", "other"]);
    await c.settle("send");
    await o.settle("send");
    await a.engine.idle();
    expect(await a.db.escalation.count({ where: { participantId: "p-001", level: "crisis" } })).toBe(1);
  });
});
