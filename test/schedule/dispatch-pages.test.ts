import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import type { Channel } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { createEngine, type Engine } from "../../src/engine/create-engine.ts";
import { createDb, type Db } from "../../src/store/create-db.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { programWithParticipants } from "../support/many-participants.ts";
import { TestClock } from "../support/test-app.ts";

// More prompts are due than one dispatch page holds (pages of 5 here, 500 in production).
const N = 23;
const PAGE = 5;
const program = programWithParticipants(N);

/** A local channel whose sends wait until released: a dispatcher stuck (or dead) mid-page. */
class StuckChannel implements Channel {
  readonly name = "local" as const;
  readonly received: OutboundMessage[] = [];
  private release: (() => void) | null = null;
  async start(): Promise<void> {}
  async send(message: OutboundMessage): Promise<SendResult> {
    this.received.push(message);
    await new Promise<void>((resolve) => (this.release = resolve));
    return { providerId: null };
  }
  unstick(): void {
    this.release?.();
  }
  async stop(): Promise<void> {}
}

interface Dispatcher {
  db: Db;
  engine: Engine;
  clock: TestClock;
}

const dbs: Db[] = [];
let database: FreshDatabase | null = null;
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.$disconnect();
  await database?.drop();
  database = null;
});

async function dispatcher(at: string, channel: Channel): Promise<Dispatcher> {
  const clock = new TestClock(new Date(at));
  const db = await createDb(database!.url);
  dbs.push(db);
  await syncProgram(db, program, clock.now);
  const engine = createEngine({ db, program, channels: [channel], clock: clock.read, dispatchPage: PAGE });
  await channel.start(engine.handleInbound, engine.recordDelivery);
  return { db, engine, clock };
}

/** Tonight's check-ins planned at noon, as the running bot would have. */
async function planAtNoon(): Promise<void> {
  const planner = await dispatcher("2026-11-24T12:00:00-06:00", new LocalChannel());
  await planner.engine.dispatchDue();
}

async function expectEveryPromptSentOnce(db: Db): Promise<void> {
  const prompts = await db.outbox.findMany({ where: { kind: "prompt" }, select: { recipientId: true, status: true, claimToken: true } });
  expect(prompts).toHaveLength(N);
  expect(new Set(prompts.map((p) => p.recipientId)).size).toBe(N);
  expect(prompts.every((p) => p.status === "sent" && p.claimToken === null)).toBe(true);
  expect(await db.checkIn.count({ where: { localDate: "2026-11-24", status: "open" } })).toBe(N);
  expect(await db.job.count({ where: { kind: "prompt", status: "done" } })).toBe(N);
}

describe.each([
  ["SQLite", async () => freshSqlite()],
  ["PostgreSQL", freshPostgres],
])("dispatching in pages on %s", (_name, fresh) => {
  it("sends every due prompt exactly once when more are due than one page holds", async () => {
    database = await fresh();
    await planAtNoon();
    const local = new LocalChannel();
    const d = await dispatcher("2026-11-24T18:00:00-06:00", local);
    const summary = await d.engine.dispatchDue();
    expect(summary).toMatchObject({ jobs: N, sent: N });
    const to = local.delivered.map((x) => x.message.to);
    expect(to).toHaveLength(N);
    expect(new Set(to).size).toBe(N);
    await expectEveryPromptSentOnce(d.db);
    expect(await d.engine.dispatchDue()).toMatchObject({ jobs: 0, sent: 0 });
  });

  it("a crisis message arriving during a long dispatch is answered between pages, not after the last", async () => {
    database = await fresh();
    await planAtNoon();
    const local = new LocalChannel();
    const d = await dispatcher("2026-11-24T18:00:00-06:00", local);
    const dispatching = d.engine.dispatchDue();
    // Arrives on the next turn of the event loop, as a webhook would, once the first page is under way.
    const crisis = new Promise<void>((resolve, reject) => setImmediate(() => local.receive("p-00007", "I want to kill myself").then(() => resolve(), reject)));
    await Promise.all([dispatching, crisis]);
    const kinds = local.delivered.map((x) => x.message.kind);
    const crisisAt = kinds.indexOf("crisis");
    expect(crisisAt).toBeGreaterThanOrEqual(0);
    expect(kinds.filter((k) => k === "prompt")).toHaveLength(N);
    expect(crisisAt).toBeLessThan(N);
    await expectEveryPromptSentOnce(d.db);
  });

  it("two dispatchers taking small pages at once never send a prompt twice", async () => {
    database = await fresh();
    await planAtNoon();
    const [la, lb] = [new LocalChannel(), new LocalChannel()];
    const a = await dispatcher("2026-11-24T18:00:00-06:00", la);
    const b = await dispatcher("2026-11-24T18:00:00-06:00", lb);
    await Promise.all([a.engine.dispatchDue(), b.engine.dispatchDue(), a.engine.dispatchDue(), b.engine.dispatchDue()]);
    const to = [...la.delivered, ...lb.delivered].map((x) => x.message.to);
    expect(to).toHaveLength(N);
    expect(new Set(to).size).toBe(N);
    await expectEveryPromptSentOnce(a.db);
  });

  it("prompts written under a dispatcher's claim go out once through another after that claim lapses", async () => {
    database = await fresh();
    await planAtNoon();
    const stuck = new StuckChannel();
    const a = await dispatcher("2026-11-24T18:00:00-06:00", stuck);
    const running = a.engine.dispatchDue();
    // The first page is committed, under a's claim, and its first prompt is with the channel.
    while (stuck.received.length === 0) await new Promise((r) => setTimeout(r, 5));
    expect(await a.db.outbox.count({ where: { kind: "prompt", status: "pending", claimToken: { not: null } } })).toBe(PAGE);

    // Two minutes later a's claim (60 s) has lapsed: another dispatcher sends everything.
    const local = new LocalChannel();
    const b = await dispatcher("2026-11-24T18:02:00-06:00", local);
    await b.engine.dispatchDue();
    const to = local.delivered.map((x) => x.message.to);
    expect(new Set(to).size).toBe(N);
    expect(to).toHaveLength(N);
    await expectEveryPromptSentOnce(b.db);

    // When a comes back it finds the rest of its page taken and sends nothing more; only
    // the prompt that was in flight went out twice.
    a.clock.set("2026-11-24T18:02:00-06:00");
    stuck.unstick();
    await running;
    expect(stuck.received).toHaveLength(1);
    await expectEveryPromptSentOnce(a.db);
  });
});
