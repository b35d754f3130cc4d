import { afterEach, describe, expect, it } from "vitest";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";

const SAM = "+13125550111";
const RIVERA = "+13125550101";
const CRISIS = "I want to kill myself";

let running: SmsHarness[] = [];
let database: FreshDatabase | null = null;
afterEach(async () => {
  for (const h of running) await h.dispose();
  running = [];
  await database?.drop();
  database = null;
});

async function harness(options: Parameters<typeof startSmsHarness>[0]): Promise<SmsHarness> {
  const h = await startSmsHarness(options);
  running.push(h);
  await h.sms.reconcile(); // the check every start makes
  return h;
}

/** The bot answered the crisis text by the API and paged the counselor. */
async function expectCrisisHandled(h: SmsHarness) {
  await h.app.engine.idle();
  await h.app.tick();
  const replies = h.textsTo(SAM);
  expect(replies.filter((t) => t.includes("988") && t.includes("741741") && t.includes("911"))).toHaveLength(1);
  expect(h.textsTo(RIVERA).filter((t) => /^Steady: crisis alert for p-001\. Reply ACK \d{4}\.$/.test(t))).toHaveLength(1);
  expect(await h.app.db.escalation.count()).toBe(1);
}

describe("texts whose webhook never came, found in Twilio's message log", () => {
  it("a crisis text whose webhook failed is answered by the API and a counselor paged, once", async () => {
    const h = await harness({ at: "2026-11-24T10:00:00-06:00" });
    expect((await h.text({ from: SAM, body: "hi" })).status).toBe(200); // the bot has seen a text
    const sid = h.fake.receive({ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T10:00:20-06:00") });
    h.app.clock.set("2026-11-24T10:01:00-06:00");
    expect(await h.sms.reconcile()).toMatchObject({ listed: 1, handled: 1 });
    expect(await h.app.db.inbound.count({ where: { providerId: sid } })).toBe(1);
    await expectCrisisHandled(h);
    // A later check sees it again (the windows overlap) and does nothing with it.
    h.app.clock.set("2026-11-24T10:01:03-06:00");
    expect(await h.sms.reconcile()).toMatchObject({ handled: 0 });
    await expectCrisisHandled(h);
  });

  it("a text that came by webhook has no second effect; a text under 30 s old is left to its webhook", async () => {
    const h = await harness({ at: "2026-11-24T10:00:00-06:00" });
    const sid = h.fake.receive({ from: SAM, to: TEST_STEADY_NUMBER, body: "hello", at: new Date("2026-11-24T10:00:00-06:00") });
    await h.text({ from: SAM, body: "hello", messageSid: sid });
    h.app.clock.set("2026-11-24T10:00:40-06:00");
    h.fake.receive({ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T10:00:25-06:00") });
    expect(await h.sms.reconcile()).toMatchObject({ listed: 1, handled: 0 });
    expect(await h.app.db.escalation.count()).toBe(0);
    h.app.clock.set("2026-11-24T10:01:00-06:00");
    expect(await h.sms.reconcile()).toMatchObject({ handled: 1 });
    await expectCrisisHandled(h);
    // Only texts to the bot's number count: the API is asked for them alone.
    expect(h.fake.lists.at(-1)).toMatchObject({ To: TEST_STEADY_NUMBER });
  });

  it("texts sent while the bot was down are handled when it starts again", async () => {
    const db = freshSqlite();
    database = db;
    const kept = { url: db.url, drop: async () => {} };
    const before = await harness({ at: "2026-11-24T10:00:00-06:00", database: kept });
    await before.text({ from: SAM, body: "hi" });
    await before.dispose();
    running = [];
    // Down from 10:00 to 10:20; Twilio kept the text that came at 10:10.
    const received = [{ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T10:10:00-06:00") }];
    const after = await harness({ at: "2026-11-24T10:20:00-06:00", database: kept, fake: { received } });
    await expectCrisisHandled(after);
  });

  it("a first start takes nothing from before it: the log may hold texts from before Steady", async () => {
    const h = await harness({ at: "2026-11-24T10:00:00-06:00", fake: { received: [{ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T09:00:00-06:00") }] } });
    h.app.clock.set("2026-11-24T10:05:00-06:00");
    expect(await h.sms.reconcile()).toMatchObject({ listed: 0, handled: 0 });
    expect(await h.app.db.inbound.count()).toBe(0);
  });

  it("checks again on its own every reconcileEveryMs", async () => {
    const h = await harness({ at: "2026-11-24T10:00:00-06:00", reconcileEveryMs: 50 });
    await h.text({ from: SAM, body: "hi" });
    h.fake.receive({ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T09:59:50-06:00") });
    h.app.clock.set("2026-11-24T10:00:30-06:00");
    const until = Date.now() + 5_000;
    // The check runs on the channel's own timer: wait until its reply and page have gone out,
    // not only until the escalation is stored (they are sent after the commit).
    const answered = () => h.textsTo(SAM).some((t) => t.includes("988")) && h.textsTo(RIVERA).some((t) => t.startsWith("Steady: crisis alert"));
    while (!answered() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await expectCrisisHandled(h);
  });
});

describe("the message-log check with two instances on one database", () => {
  it("runs on the instance holding its lease only; the other takes it over once the holder stops renewing, and at once after a graceful stop", async () => {
    const fresh = freshSqlite();
    database = fresh;
    // Both instances use the database; it is dropped once, after both have stopped.
    const shared = { url: fresh.url, drop: async () => {} };
    const a = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00", database: shared, reconcileEveryMs: 60_000 });
    const b = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00", database: shared, reconcileEveryMs: 60_000 });
    running.push(a, b);
    const at = (iso: string) => {
      a.app.clock.set(iso);
      b.app.clock.set(iso);
    };
    // Each start makes a check: the first to ask holds the lease (150 s, renewed by each check).
    await a.sms.reconcile();
    await b.sms.reconcile();
    const [first, second] = (await a.app.db.lease.findFirstOrThrow()).holder === a.app.engine.ctx.instanceId ? [a, b] : [b, a];
    at("2026-11-24T10:01:00-06:00");
    expect(await first.sms.reconcile()).not.toBeNull();
    expect(await second.sms.reconcile()).toBeNull();

    // The holder stops checking (it hangs, or died without a word). Its lease runs to 10:03:30.
    second.fake.receive({ from: SAM, to: TEST_STEADY_NUMBER, body: CRISIS, at: new Date("2026-11-24T10:02:00-06:00") });
    at("2026-11-24T10:03:20-06:00");
    expect(await second.sms.reconcile()).toBeNull();
    at("2026-11-24T10:03:40-06:00");
    expect(await second.sms.reconcile()).toMatchObject({ listed: 1, handled: 1 });
    await expectCrisisHandled(second);
    expect(await first.sms.reconcile()).toBeNull();

    // A graceful stop gives the lease up: the other instance checks at its next try.
    await second.sms.stop();
    expect(await first.sms.reconcile()).not.toBeNull();
    expect([...a.app.logs, ...b.app.logs].filter((l) => l.includes("sms_reconcile_failed"))).toEqual([]);
  });
});
