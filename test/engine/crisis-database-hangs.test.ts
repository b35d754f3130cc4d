import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { createEngine, type Engine } from "../../src/engine/create-engine.ts";
import { CRISIS_DEADLINE_MS } from "../../src/inbound/answer-crisis.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { capturedLogger } from "../support/log-capture.ts";
import { startSilentProxy, type SilentProxy } from "../support/silent-proxy.ts";
import { startTestApp, TestClock, testProgram, type TestApp } from "../support/test-app.ts";

const COUNSELORS = ["c-rivera", "c-lee", "c-okafor"];

let app: TestApp | null = null;
let proxy: SilentProxy | null = null;
let database: FreshDatabase | null = null;
let real: Db | null = null;
let dir: string | null = null;
afterEach(async () => {
  proxy?.resume();
  await app?.dispose();
  await proxy?.close();
  await real?.$disconnect();
  await database?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  app = proxy = database = real = dir = null;
});

describe("a crisis while PostgreSQL hangs (local channel, replies sent through the channel)", () => {
  it("is answered and paged from memory; once the database answers it is stored once, with no second reply or page", async () => {
    proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
    const pg = await freshPostgres();
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", database: { url: proxy.via(pg.url), drop: pg.drop }, crisisDeadlineMs: CRISIS_DEADLINE_MS });
    proxy.silence();
    // Within the 2 s a crisis reply is due in, or not at all while the database says nothing.
    const r = await Promise.race([app.local.receive("p-002", "quiero morir", "m-c"), sleep(2_000).then(() => null)]);
    expect(r?.replies[0]?.kind).toBe("crisis");
    expect(app.local.to("p-002").map((m) => m.kind)).toEqual(["crisis"]);
    for (const c of COUNSELORS) expect(app.inbox(c)).toEqual([expect.stringMatching(/crisis alert for p-002\. Please reach out now/)]);

    proxy.resume();
    await app.engine.idle();
    await app.tick();
    expect(await app.db.inbound.count({ where: { providerId: "m-c" } })).toBe(1);
    const escalation = await app.db.escalation.findFirstOrThrow({ where: { participantId: "p-002", level: "crisis" } });
    expect(await app.db.escalation.count()).toBe(1);
    expect(await app.db.outbox.findMany({ where: { OR: [{ recipientId: "p-002" }, { escalationId: escalation.id }] } })).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "crisis", status: "sent", providerId: "fallback:m-c" })]),
    );
    const firstAlerts = await app.db.outbox.findMany({ where: { escalationId: escalation.id } });
    expect(firstAlerts.length).toBeGreaterThan(0);
    expect(firstAlerts.every((a) => a.status === "sent" && a.providerId === "fallback:m-c")).toBe(true);
    expect(app.local.to("p-002")).toHaveLength(1);
    for (const c of COUNSELORS) expect(app.inbox(c)).toHaveLength(1);
  }, 60_000);
});

describe("a yes to the screening question while PostgreSQL hangs", () => {
  it("gets the crisis reply and pages from memory; once the database answers, the answer is stored once, with no second reply or page", async () => {
    proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
    const pg = await freshPostgres();
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", database: { url: proxy.via(pg.url), drop: pg.drop }, crisisDeadlineMs: CRISIS_DEADLINE_MS });
    await app.local.receive("p-001", "honestly whats the point of any of this", "m-s");
    expect(app.local.to("p-001").map((m) => m.kind)).toEqual(["screen"]);

    proxy.silence();
    const r = await Promise.race([app.local.receive("p-001", "yeah", "m-y"), sleep(2_000).then(() => null)]);
    expect(r?.replies[0]?.kind).toBe("crisis");
    expect(app.local.to("p-001").map((m) => m.kind)).toEqual(["screen", "crisis"]);
    for (const c of COUNSELORS) expect(app.inbox(c)).toEqual([expect.stringMatching(/crisis alert for p-001\. Please reach out now/)]);

    proxy.resume();
    await app.engine.idle();
    await app.tick();
    expect(await app.db.inbound.count({ where: { providerId: "m-y" } })).toBe(1);
    expect(await app.db.screening.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "positive" });
    const escalations = await app.db.escalation.findMany({ where: { participantId: "p-001" } });
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({ level: "crisis", reasonsJson: expect.stringContaining("screen_positive") });
    expect(app.local.to("p-001")).toHaveLength(2);
    for (const c of COUNSELORS) expect(app.inbox(c)).toHaveLength(1);
  }, 60_000);

  it("a clear no while the database hangs waits for it, and pages nobody", async () => {
    proxy = await startSilentProxy({ host: "127.0.0.1", port: 5432 });
    const pg = await freshPostgres();
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", database: { url: proxy.via(pg.url), drop: pg.drop }, crisisDeadlineMs: CRISIS_DEADLINE_MS });
    await app.local.receive("p-001", "honestly whats the point of any of this", "m-s");
    proxy.silence();
    const pending = app.local.receive("p-001", "no, just tired", "m-n");
    await sleep(1_500);
    for (const c of COUNSELORS) expect(app.inbox(c)).toEqual([]);
    proxy.resume();
    await pending;
    await app.engine.idle();
    expect(await app.db.screening.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "negative" });
    expect(app.local.to("p-001").map((m) => m.kind)).toEqual(["screen", "reply"]);
  }, 60_000);
});

/**
 * A real SQLite client whose next interactive transaction, once armed, misbehaves the way a
 * slow or partitioned server does: "late" commits only after `ms` (the work is done, the
 * COMMIT waits); "lost" commits, then reports a failure after `ms` (the answer to COMMIT
 * never came back); "slow-inline-record" leaves the transaction alone and holds back the
 * next write that records a reply as sent inline. `open` tells whether the armed statement
 * is still running.
 */
function misbehaving(db: Db): { db: Db; arm(how: "late" | "lost" | "slow-inline-record", ms: number): void; open(): boolean } {
  let armed: { how: "late" | "lost" | "slow-inline-record"; ms: number } | null = null;
  let running = false;
  const wrapped = new Proxy(db, {
    get(target, prop) {
      if (prop === "outbox" && armed?.how === "slow-inline-record") {
        // The write that records a reply as sent inline waits `ms` before it runs.
        const { ms } = armed;
        return new Proxy(target.outbox, {
          get(outbox, name) {
            const v = Reflect.get(outbox, name) as unknown;
            if (name !== "updateMany" || typeof v !== "function") return v;
            return async (args: { data?: { providerId?: unknown } }) => {
              if (args.data?.providerId === "inline") {
                armed = null;
                running = true;
                await sleep(ms);
                running = false;
              }
              return (v as (a: unknown) => Promise<unknown>).call(outbox, args);
            };
          },
        });
      }
      if (prop !== "$transaction" || !armed || armed.how === "slow-inline-record") return Reflect.get(target, prop) as unknown;
      const { how, ms } = armed;
      armed = null;
      return async (fn: (tx: unknown) => Promise<unknown>, options?: object) => {
        running = true;
        try {
          const result = await target.$transaction(async (tx) => {
            const out = await fn(tx);
            if (how === "late") await sleep(ms);
            return out;
          }, options);
          if (how === "lost") {
            await sleep(ms);
            throw Object.assign(new Error("Query read timeout"), { code: "ETIMEDOUT" });
          }
          return result;
        } finally {
          running = false;
        }
      };
    },
  });
  return { db: wrapped as Db, arm: (how, ms) => (armed = { how, ms }), open: () => running };
}

async function setUp(crisisDeadlineMs = CRISIS_DEADLINE_MS): Promise<{ engine: Engine; local: LocalChannel; clock: TestClock; arm(how: "late" | "lost" | "slow-inline-record", ms: number): void; open(): boolean; spoolFile: string }> {
  const program = testProgram();
  const clock = new TestClock(new Date("2026-11-24T10:00:00-06:00"));
  database = freshSqlite();
  real = await createDb(database.url);
  await syncProgram(real, program, clock.now);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-crisis-"));
  const spoolFile = path.join(dir, "inbound-spool.jsonl");
  const { db, arm, open } = misbehaving(real);
  const local = new LocalChannel(clock.read);
  const engine = createEngine({ db, program, channels: [local], clock: clock.read, logger: capturedLogger(clock.read), inboundSpoolFile: spoolFile, crisisDeadlineMs });
  await local.start(engine.handleInbound);
  return { engine, local, clock, arm, open, spoolFile };
}

/** Everything p-001 and the counselors got, and the crisis turn's rows, after the clock moved past every claim. */
async function afterClaimsLapse(engine: Engine, local: LocalChannel, clock: TestClock) {
  await engine.idle();
  clock.advance(3); // outbox claims last 60 s: anything still held would be taken and sent now
  await engine.dispatchUrgent();
  const db = real!;
  const escalations = await db.escalation.findMany();
  return {
    toParticipant: local.to("p-001").map((m) => m.kind),
    pages: Object.fromEntries(COUNSELORS.map((c) => [c, local.to(c).length])),
    inbound: await db.inbound.count(),
    escalations: escalations.length,
    rows: await db.outbox.findMany({ where: { OR: [{ kind: "crisis" }, { escalationId: escalations[0]?.id ?? "none" }] }, select: { kind: true, status: true, providerId: true } }),
  };
}

describe("a crisis whose transaction ends after the deadline", () => {
  it("commits just after it: answered from memory, and the late commit records the reply and pages as sent by the fallback", async () => {
    const { engine, local, clock, arm, open } = await setUp();
    arm("late", 2_500);
    const r = await local.receive("p-001", "I want to kill myself", "m-1");
    expect(open()).toBe(true); // answered while the transaction was still waiting to commit
    expect(r.replies[0]?.kind).toBe("crisis");
    const seen = await afterClaimsLapse(engine, local, clock);
    expect(seen).toMatchObject({ toParticipant: ["crisis"], pages: { "c-rivera": 1, "c-lee": 1, "c-okafor": 1 }, inbound: 1, escalations: 1 });
    expect(seen.rows.length).toBeGreaterThan(1);
    expect(seen.rows.every((row) => row.status === "sent" && row.providerId === "fallback:m-1")).toBe(true);
  }, 30_000);

  it("the same when the reply goes inline: answered in the response, and the late commit sends nothing", async () => {
    const { engine, local, clock, arm, open } = await setUp();
    arm("late", 2_500);
    const r = await engine.handleInbound({ conversation: { kind: "direct" }, channel: "local", providerId: "m-2", from: "p-001", text: "I want to kill myself", receivedAt: clock.now });
    expect(open()).toBe(true);
    expect(r.replies.map((m) => m.kind)).toEqual(["crisis"]);
    expect(await r.settle("inline")).toBe(true);
    const seen = await afterClaimsLapse(engine, local, clock);
    // The reply went in the response: the channel carried the pages only.
    expect(seen).toMatchObject({ toParticipant: [], pages: { "c-rivera": 1, "c-lee": 1, "c-okafor": 1 }, inbound: 1, escalations: 1 });
    expect(seen.rows.every((row) => row.status === "sent" && row.providerId === "fallback:m-2")).toBe(true);
  }, 30_000);

  it("commits, but the answer to COMMIT is lost: the replay finds it stored and records it as answered, nothing is sent twice", async () => {
    const { engine, local, clock, arm, spoolFile } = await setUp();
    arm("lost", 1_500);
    const r = await local.receive("p-001", "I want to kill myself", "m-3");
    expect(r.replies[0]?.kind).toBe("crisis");
    await engine.idle();
    expect(fs.readFileSync(spoolFile, "utf8")).toContain('"answered":true');
    const seen = await afterClaimsLapse(engine, local, clock);
    expect(fs.readFileSync(spoolFile, "utf8")).toBe("");
    expect(seen).toMatchObject({ toParticipant: ["crisis"], pages: { "c-rivera": 1, "c-lee": 1, "c-okafor": 1 }, inbound: 1, escalations: 1 });
    expect(seen.rows.every((row) => row.status === "sent" && row.providerId === "fallback:m-3")).toBe(true);
  }, 30_000);

  it("commits in time, then the database stalls: the inline reply does not wait for its record, and is sent once", async () => {
    const { engine, clock, arm, open } = await setUp(2_500); // time to commit even on a loaded machine
    arm("slow-inline-record", 4_000);
    const r = await engine.handleInbound({ conversation: { kind: "direct" }, channel: "local", providerId: "m-5", from: "p-001", text: "I want to kill myself", receivedAt: clock.now });
    expect(r.replies.map((m) => m.kind)).toEqual(["crisis"]);
    expect(await r.settle("inline")).toBe(true);
    expect(open()).toBe(true); // answered while the record was still waiting
    const local = engine.ctx.channels.get("local") as LocalChannel;
    const seen = await afterClaimsLapse(engine, local, clock);
    expect(seen).toMatchObject({ toParticipant: [], pages: { "c-rivera": 1, "c-lee": 1, "c-okafor": 0 }, inbound: 1, escalations: 1 });
    expect(seen.rows.find((row) => row.kind === "crisis")).toMatchObject({ status: "sent", providerId: "inline" });
  }, 30_000);

  it("commits in time: the stored path answers, with the code in the page, and the fallback stays out", async () => {
    const { engine, local, clock, arm } = await setUp(10_000);
    arm("late", 100);
    await local.receive("p-001", "I want to kill myself", "m-4");
    const seen = await afterClaimsLapse(engine, local, clock);
    const code = (await real!.escalation.findFirstOrThrow()).code;
    expect(seen).toMatchObject({ toParticipant: ["crisis"], pages: { "c-rivera": 1, "c-lee": 1, "c-okafor": 0 }, inbound: 1, escalations: 1 });
    expect(local.to("c-rivera")[0]?.text).toContain(`ACK ${code}`);
  }, 30_000);
});
