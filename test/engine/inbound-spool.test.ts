import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { createEngine, type Engine } from "../../src/engine/create-engine.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { TestClock, testProgram } from "../support/test-app.ts";

/**
 * A real client whose calls fail while `down` says so (true: every call, as when the database
 * server restarts; a function: the calls whose arguments it picks).
 */
function switchable(real: Db): { db: Db; setDown(down: boolean | ((args: unknown[]) => boolean)): void } {
  let down: boolean | ((args: unknown[]) => boolean) = false;
  const failing = (args: unknown[]) => (typeof down === "function" ? down(args) : down);
  const fail = () => Promise.reject(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }));
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(t, prop) {
        const v = Reflect.get(t, prop) as unknown;
        if (typeof v === "function") return (...args: unknown[]) => (failing(args) ? fail() : (v as (...a: unknown[]) => unknown).apply(t, args));
        if (v !== null && typeof v === "object" && typeof prop === "string" && !prop.startsWith("_")) return wrap(v);
        return v;
      },
    });
  return { db: wrap(real) as Db, setDown: (d) => (down = d) };
}

let database: FreshDatabase | null = null;
let real: Db | null = null;
let dir: string | null = null;
afterEach(async () => {
  await real?.$disconnect();
  await database?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  database = real = dir = null;
});

async function setUp(withSpool = true): Promise<{ engine: Engine; local: LocalChannel; setDown(down: boolean | ((args: unknown[]) => boolean)): void; spoolFile: string; logs: string[]; clock: TestClock }> {
  const program = testProgram();
  const clock = new TestClock(new Date("2026-11-24T12:00:00-06:00"));
  database = freshSqlite();
  real = await createDb(database.url);
  await syncProgram(real, program, clock.now);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-spool-"));
  const spoolFile = path.join(dir, "data", "inbound-spool.jsonl");
  const { db, setDown } = switchable(real);
  const local = new LocalChannel(clock.read);
  const logs: string[] = [];
  const log = (e: string, f?: object) => logs.push(JSON.stringify({ e, ...f }));
  const engine = createEngine({ db, program, channels: [local], clock: clock.read, logger: { info: log, warn: log, error: log }, inboundSpoolFile: withSpool ? spoolFile : undefined });
  await local.start(engine.handleInbound);
  await engine.dispatchDue();
  clock.set("2026-11-24T18:00:30-06:00");
  await engine.dispatchDue(); // tonight's prompts: check-ins open
  return { engine, local, setDown, spoolFile, logs, clock };
}

describe("while the database is down", () => {
  it("messages wait on disk and are handled, in order and once, when it is back", async () => {
    const { engine, local, setDown, spoolFile, logs } = await setUp();
    setDown(true);
    expect((await local.receive("p-001", "7", "m-1")).replies).toEqual([]);
    expect((await local.receive("p-001", "7", "m-1")).replies).toEqual([]); // the provider's retry
    await local.receive("p-001", "I had a few drinks last night", "m-2"); // urgent: the counselor must hear of it
    await local.receive("p-002", "siete", "m-3");
    expect(fs.readFileSync(spoolFile, "utf8").trim().split("\n")).toHaveLength(4);
    expect(fs.statSync(spoolFile).mode & 0o777).toBe(0o600);
    // Still down: a tick keeps everything.
    await expect(engine.dispatchDue()).rejects.toThrow();
    expect(fs.readFileSync(spoolFile, "utf8").trim().split("\n")).toHaveLength(4);
    const before = local.delivered.length;

    setDown(false);
    await engine.dispatchUrgent();
    expect(fs.readFileSync(spoolFile, "utf8")).toBe("");
    const db = real!;
    expect((await db.inbound.findMany({ orderBy: { id: "asc" } })).map((i) => i.providerId)).toEqual(["m-1", "m-2", "m-3"]);
    const checkIn = async (pid: string) => db.checkIn.findFirstOrThrow({ where: { participantId: pid, localDate: "2026-11-24" } });
    expect((await checkIn("p-001")).mood).toBe(7);
    expect((await checkIn("p-002")).mood).toBe(7);
    expect(await db.escalation.findFirst({ where: { participantId: "p-001", level: "urgent" } })).not.toBeNull();
    // The replies went out when the messages were handled: the next question, the urgent support line.
    const after = local.delivered.slice(before).map((d) => `${d.message.recipientId}: ${d.message.text}`);
    expect(after.filter((t) => t.startsWith("p-001: Got it. How strong were urges today"))).toHaveLength(1);
    expect(after.some((t) => t.startsWith("p-001: Thank you for telling me."))).toBe(true);
    // The counselor hears of it at the 08:30 opening (an urgent alert raised after hours waits), due as a job.
    expect(await db.job.count({ where: { kind: "reescalate", status: "pending", dueAt: new Date("2026-11-25T08:30:00-06:00") } })).toBe(1);
    // Nothing the participants wrote reached the logs.
    expect(logs.join("\n")).not.toMatch(/drinks|siete|\+1\d{10}/);
    expect(logs.some((l) => l.includes('"inbound_spooled"'))).toBe(true);
  });

  it("a replayed text is stored with the time it arrived, not the time it was replayed", async () => {
    const { engine, local, setDown, clock } = await setUp();
    setDown(true);
    await local.receive("p-001", "7", "m-1"); // arrives 18:00:30
    clock.set("2026-11-24T18:40:00-06:00");
    setDown(false);
    await engine.dispatchUrgent();
    expect((await real!.inbound.findFirstOrThrow({ where: { providerId: "m-1" } })).receivedAt).toEqual(new Date("2026-11-24T18:00:30-06:00"));
  });

  it("a message sent after the database is back waits behind the same person's spooled ones", async () => {
    const { engine, local, setDown, spoolFile } = await setUp();
    setDown(true);
    await local.receive("p-001", "7", "m-1");
    setDown(false);
    // Back before the next tick: p-001's next answer must not overtake the first; p-002 goes straight through.
    expect((await local.receive("p-001", "2", "m-2")).replies).toEqual([]);
    expect((await local.receive("p-002", "8", "m-3")).replies).not.toEqual([]);
    expect(fs.readFileSync(spoolFile, "utf8").trim().split("\n").map((l) => JSON.parse(l).providerId)).toEqual(["m-1", "m-2"]);
    await engine.dispatchUrgent();
    const checkIn = await real!.checkIn.findFirstOrThrow({ where: { participantId: "p-001", localDate: "2026-11-24" } });
    expect([checkIn.mood, checkIn.craving]).toEqual([7, 2]);
    // Nothing waits any more: the next message is handled at once.
    expect((await local.receive("p-001", "yes", "m-4")).replies).not.toEqual([]);
  });

  it("a crisis is answered and paged from memory at once, then recorded and escalated as usual when the database is back", async () => {
    const { engine, local, setDown, spoolFile, clock } = await setUp();
    setDown(true);
    const r = await local.receive("p-002", "I want to kill myself", "m-c");
    expect(r.replies[0]?.kind).toBe("crisis");
    expect(local.to("c-rivera").at(-1)?.text).toMatch(/crisis alert for p-002/);
    expect(fs.readFileSync(spoolFile, "utf8")).toContain('"answered":true');

    setDown(false);
    await engine.dispatchUrgent();
    expect(fs.readFileSync(spoolFile, "utf8")).toBe("");
    const db = real!;
    expect(await db.inbound.count({ where: { providerId: "m-c", riskLevel: "crisis" } })).toBe(1);
    const escalation = await db.escalation.findFirstOrThrow({ where: { participantId: "p-002", level: "crisis" } });
    expect(escalation.status).toBe("open");
    // The reply is on record as given, and the participant got it once, not again.
    expect(await db.outbox.findFirstOrThrow({ where: { kind: "crisis", recipientId: "p-002" } })).toMatchObject({ status: "sent", providerId: "fallback:m-c" });
    expect(local.to("p-002").filter((m) => m.kind === "crisis")).toHaveLength(1);
    // Each counselor was paged once, from memory: the stored first alerts are on record as
    // sent by the fallback, not sent again.
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(local.to(c).map((m) => m.text)).toEqual([expect.stringMatching(/crisis alert for p-002\. Please reach out now/)]);
    const firstAlerts = await db.outbox.findMany({ where: { escalationId: escalation.id }, orderBy: { recipientId: "asc" } });
    expect(firstAlerts).toEqual([
      expect.objectContaining({ recipientId: "c-lee", status: "sent", providerId: "fallback:m-c" }),
      expect.objectContaining({ recipientId: "c-rivera", status: "sent", providerId: "fallback:m-c" }),
    ]);
    // Nobody acknowledged: re-escalation goes on from the stored escalation, with its code.
    clock.set("2026-11-24T18:06:00-06:00");
    await engine.dispatchUrgent();
    expect(local.to("c-okafor").at(-1)?.text).toMatch(new RegExp(`ACK ${escalation.code}`));
    expect((await local.receive("c-rivera", `ACK ${escalation.code}`)).replies[0]?.text).toMatch(/^Acknowledged/);
  });

  it("a crisis answered from memory that arrives again (the message-log check) before the replay is recorded, not answered or paged again", async () => {
    const { engine, local, setDown, clock } = await setUp();
    setDown(true);
    await local.receive("p-002", "I want to kill myself", "m-c");
    setDown(false);
    // The database is back; before the next tick replays the spool, the same text comes again.
    const again = await local.receive("p-002", "I want to kill myself", "m-c");
    expect(again.replies).toEqual([]);
    await engine.dispatchUrgent();
    const db = real!;
    expect(await db.inbound.count({ where: { providerId: "m-c" } })).toBe(1);
    expect(local.to("p-002").filter((m) => m.kind === "crisis")).toHaveLength(1);
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(local.to(c)).toHaveLength(1);
    const escalation = await db.escalation.findFirstOrThrow({ where: { participantId: "p-002", level: "crisis" } });
    expect(escalation.status).toBe("open");
    // Re-escalation goes on from the stored escalation, with its code, until acknowledged.
    clock.set("2026-11-24T18:06:00-06:00");
    await engine.dispatchUrgent();
    expect(local.to("c-okafor").at(-1)?.text).toMatch(new RegExp(`ACK ${escalation.code}`));
  });

  it("the same without a spool: the process remembers what its fallback answered, and records it as answered", async () => {
    const { engine, local, setDown } = await setUp(false);
    setDown(true);
    await local.receive("p-002", "I want to kill myself", "m-c");
    setDown(false);
    expect((await local.receive("p-002", "I want to kill myself", "m-c")).replies).toEqual([]);
    await engine.dispatchUrgent();
    const db = real!;
    expect(await db.inbound.count({ where: { providerId: "m-c" } })).toBe(1);
    expect(local.to("p-002").filter((m) => m.kind === "crisis")).toHaveLength(1);
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(local.to(c)).toHaveLength(1);
    expect(await db.outbox.findFirstOrThrow({ where: { kind: "crisis", recipientId: "p-002" } })).toMatchObject({ status: "sent", providerId: "fallback:m-c" });
    expect(await db.escalation.count({ where: { participantId: "p-002", status: "open" } })).toBe(1);
  });

  it("the same after a restart: the spool says it was answered", async () => {
    const { local, setDown, spoolFile, clock } = await setUp();
    setDown(true);
    await local.receive("p-002", "I want to kill myself", "m-c");
    setDown(false);
    // A new process on the same database and spool, before its first tick.
    const local2 = new LocalChannel(clock.read);
    const engine2 = createEngine({ db: real!, program: testProgram(), channels: [local2], clock: clock.read, inboundSpoolFile: spoolFile });
    await local2.start(engine2.handleInbound);
    expect((await local2.receive("p-002", "I want to kill myself", "m-c")).replies).toEqual([]);
    await engine2.dispatchUrgent();
    expect(await real!.inbound.count({ where: { providerId: "m-c" } })).toBe(1);
    expect(local2.to("p-002")).toEqual([]);
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(local2.to(c)).toEqual([]);
    expect(await real!.escalation.count({ where: { participantId: "p-002", status: "open" } })).toBe(1);
  });

  it("one person's later messages wait behind one that keeps failing; others go ahead", async () => {
    const { engine, local, setDown, spoolFile } = await setUp();
    setDown(true);
    await local.receive("p-001", "7", "m-1");
    await local.receive("p-001", "2", "m-2");
    await local.receive("p-002", "8", "m-3");
    // Back, except that whatever concerns p-001 still fails.
    setDown((args) => JSON.stringify(args).includes('"p-001"'));
    await engine.dispatchUrgent();
    const left = fs.readFileSync(spoolFile, "utf8").trim().split("\n").map((l) => JSON.parse(l).providerId);
    expect(left).toEqual(["m-1", "m-2"]);
    expect((await real!.checkIn.findFirstOrThrow({ where: { participantId: "p-002", localDate: "2026-11-24" } })).mood).toBe(8);
  });
});

describe("the spool file", () => {
  it("a line a crash cut short is skipped, and the next message is kept whole", async () => {
    const { engine, local, setDown, spoolFile } = await setUp();
    fs.mkdirSync(path.dirname(spoolFile), { recursive: true });
    fs.writeFileSync(spoolFile, '{"channel":"local","providerId":"m-0","from":"p-001","te', { mode: 0o600 });
    setDown(true);
    await local.receive("p-002", "siete", "m-1");
    setDown(false);
    await engine.dispatchUrgent();
    expect(fs.readFileSync(spoolFile, "utf8")).toBe("");
    expect((await real!.inbound.findMany()).map((i) => i.providerId)).toEqual(["m-1"]);
  });
});
