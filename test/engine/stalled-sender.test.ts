import { afterEach, describe, expect, it } from "vitest";
import { SendRateLimiter, type Release } from "../../src/channel/send-rate-limiter.ts";
import type { OutboundKind } from "../../src/domain/messages.ts";
import { freshPostgres, freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";

/**
 * The sender's rate limiter, whose next wait lasts until the test lets it go: the process is
 * stalled (as a paused VM or a long garbage collection would stall it) between taking its
 * rows and calling the provider.
 */
class StallingLimiter extends SendRateLimiter {
  private stall: { reached: () => void; resume: Promise<void> } | null = null;

  /** Stalls the next send; resolves `reached` once a send is stalled, and goes on when `resume` is called. */
  stallNext(): { reached: Promise<void>; resume: () => void } {
    let reached!: () => void;
    let resume!: () => void;
    const reachedP = new Promise<void>((r) => (reached = r));
    this.stall = { reached, resume: new Promise<void>((r) => (resume = r)) };
    return { reached: reachedP, resume };
  }

  override async take(kind: OutboundKind): Promise<Release> {
    const stall = this.stall;
    if (stall) {
      this.stall = null;
      stall.reached();
      await stall.resume;
    }
    return super.take(kind);
  }
}

let running: SmsHarness[] = [];
let database: FreshDatabase | null = null;
afterEach(async () => {
  for (const h of running) await h.dispose();
  running = [];
  await database?.drop();
  database = null;
});

const BEFORE = "2026-11-24T17:59:00-06:00";
const PROMPT_TIME = "2026-11-24T18:00:30-06:00";

describe.each([
  ["SQLite", () => Promise.resolve(freshSqlite())],
  ["PostgreSQL", freshPostgres],
])("a send whose claim lapsed while its instance stalled (%s)", (_name, fresh) => {
  it("is not made: the instance that took the rows over sends them, the stalled one sends nothing when it resumes", async () => {
    database = await fresh();
    // Both instances use the database; it is dropped once, after both have stopped.
    const shared = { url: database.url, drop: async () => {} };
    const stalling = new StallingLimiter(1000);
    const a = await startSmsHarness({ at: BEFORE, database: shared, limiter: stalling });
    const b = await startSmsHarness({ at: BEFORE, database: shared });
    running.push(a, b);
    await a.app.tick();
    await b.app.tick();
    a.app.clock.set(PROMPT_TIME);
    b.app.clock.set(PROMPT_TIME);

    // A writes tonight's prompts claimed by itself, and stalls before its first provider call.
    const stall = stalling.stallNext();
    const aTick = a.app.tick();
    await stall.reached;
    const prompts = await a.app.db.outbox.findMany({ where: { kind: "prompt" } });
    expect(prompts.length).toBeGreaterThan(1);
    expect(prompts.every((p) => p.status === "pending" && p.claimToken?.startsWith(a.app.engine.ctx.instanceId))).toBe(true);

    // 75 s later A's claim (60 s) has lapsed: B takes the prompts over and sends them.
    a.app.clock.advance(1.25);
    b.app.clock.advance(1.25);
    await b.app.tick();
    expect(b.fake.delivered().filter((r) => prompts.some((p) => p.address === r.to))).toHaveLength(prompts.length);

    // A resumes: its claim is gone, and it sends none of them.
    stall.resume();
    await aTick;
    expect(a.fake.delivered()).toEqual([]);
    const sentTo = [...a.fake.delivered(), ...b.fake.delivered()].map((r) => r.to);
    expect(new Set(sentTo).size).toBe(sentTo.length);
    const after = await a.app.db.outbox.findMany({ where: { kind: "prompt" } });
    expect(after.every((p) => p.status !== "pending" && p.status !== "failed")).toBe(true);
    expect(a.app.logs.filter((l) => l.includes("outbox_claim_lost"))).toHaveLength(1);
  }, 30_000);

  it("a stall shorter than the claim changes nothing: the stalled instance sends its rows, once", async () => {
    database = await fresh();
    const shared = { url: database.url, drop: async () => {} };
    const stalling = new StallingLimiter(1000);
    const a = await startSmsHarness({ at: BEFORE, database: shared, limiter: stalling });
    const b = await startSmsHarness({ at: BEFORE, database: shared });
    running.push(a, b);
    await a.app.tick();
    a.app.clock.set(PROMPT_TIME);
    b.app.clock.set(PROMPT_TIME);
    const stall = stalling.stallNext();
    const aTick = a.app.tick();
    await stall.reached;
    const prompts = await a.app.db.outbox.count({ where: { kind: "prompt" } });
    // 30 s: A still holds its claim; B finds nothing to take.
    a.app.clock.advance(0.5);
    b.app.clock.advance(0.5);
    await b.app.tick();
    stall.resume();
    await aTick;
    expect(b.fake.delivered()).toEqual([]);
    const sentTo = a.fake.delivered().map((r) => r.to);
    expect(sentTo).toHaveLength(prompts);
    expect(new Set(sentTo).size).toBe(prompts);
  }, 30_000);
});
