import { afterEach, describe, expect, it } from "vitest";
import { CHANNELS } from "../../src/channel/channel-registry.ts";
import type { HttpServer } from "../../src/http/http-server.ts";
import { SteadyMetrics } from "../../src/metrics/steady-metrics.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { parseSamples, sample, scrape, serveMetrics } from "./scrape.ts";

let app: TestApp | null = null;
let harness: SmsHarness | null = null;
let http: HttpServer | null = null;
afterEach(async () => {
  await http?.close();
  await harness?.dispose();
  await app?.dispose();
  app = harness = http = null;
});

const SAM = "+13125550111";

/** An outbox row due `minutesAgo` minutes before `now`, to someone on `channel`. */
function dueRow(id: string, channel: string, now: Date, minutesAgo: number) {
  const at = new Date(now.getTime() - minutesAgo * 60_000);
  return { id, idempotencyKey: id, channel, address: "c-rivera", recipientKind: "counselor", recipientId: "c-rivera", kind: "system", text: "Steady: test message", dueAt: at, createdAt: at };
}

describe("Prometheus metrics of a running app", () => {
  it("counts inbound messages by result and sends by channel, times dispatch lag and acknowledgement, and reads the gauges from the database", async () => {
    const metrics = new SteadyMetrics();
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", metrics });
    metrics.readFrom(app.db, app.clock.read);
    const served = await serveMetrics(metrics);
    http = served.http;

    // A row due five minutes ago on the running channel, one due ten minutes ago on a channel
    // this process does not run (it stays in the outbox).
    await app.db.outbox.create({ data: dueRow("late-local", "local", app.clock.now, 5) });
    await app.db.outbox.create({ data: dueRow("waiting-sms", "sms", app.clock.now, 10) });
    let m = await scrape(served.url);
    expect(sample(m, "steady_database_up")).toBe(1);
    expect(sample(m, "steady_outbox_depth")).toBe(2);
    expect(sample(m, "steady_outbox_oldest_due_age_seconds")).toBe(600);
    expect(sample(m, "steady_escalations_open", { level: "crisis" })).toBe(0);
    expect(sample(m, "process_cpu_user_seconds_total")).toBeGreaterThan(0);

    await app.tick();
    m = await scrape(served.url);
    expect(sample(m, "steady_outbox_depth")).toBe(1);
    expect(sample(m, "steady_outbound_messages_total", { channel: "local", result: "sent" })).toBeGreaterThanOrEqual(1);
    // The late row was sent 300 s after it was due: one observation above the 120 s bucket.
    const lagCount = sample(m, "steady_dispatch_lag_seconds_count", { channel: "local" })!;
    expect(lagCount - sample(m, "steady_dispatch_lag_seconds_bucket", { channel: "local", le: "120" })!).toBe(1);
    expect(lagCount - sample(m, "steady_dispatch_lag_seconds_bucket", { channel: "local", le: "300" })!).toBe(0);
    expect(sample(m, "steady_dispatch_lag_seconds_sum", { channel: "local" })).toBeGreaterThanOrEqual(300);

    await app.local.receive("p-001", "hello", "local-dup-1");
    await app.local.receive("p-001", "hello", "local-dup-1");
    await app.local.receive("p-001", "i want to kill myself");
    m = await scrape(served.url);
    expect(sample(m, "steady_inbound_messages_total", { channel: "local", result: "answered" })).toBe(1);
    expect(sample(m, "steady_inbound_messages_total", { channel: "local", result: "duplicate" })).toBe(1);
    expect(sample(m, "steady_inbound_messages_total", { channel: "local", result: "crisis" })).toBe(1);
    expect(sample(m, "steady_escalations_open", { level: "crisis" })).toBe(1);
    expect(sample(m, "steady_time_to_acknowledge_seconds_count", { level: "crisis" }) ?? 0).toBe(0);

    // Acknowledged by SMS-style ACK ten minutes later.
    const esc = await app.db.escalation.findFirstOrThrow();
    app.clock.advance(10);
    const ack = await app.local.receive("c-rivera", `ACK ${esc.code}`);
    expect(ack.replies[0]?.text).toMatch(/Acknowledged alert/);
    const body = await (await fetch(served.url)).text();
    m = parseSamples(body);
    expect(sample(m, "steady_escalations_open", { level: "crisis" })).toBe(0);
    expect(sample(m, "steady_time_to_acknowledge_seconds_count", { level: "crisis" })).toBe(1);
    expect(sample(m, "steady_time_to_acknowledge_seconds_sum", { level: "crisis" })).toBe(600);
    expect(sample(m, "steady_inbound_messages_total", { channel: "local", result: "answered" })).toBe(2);

    // Labels are channel names, result codes and levels only: no id, number or words.
    const allowed: Record<string, (v: string) => boolean> = {
      channel: (v) => (CHANNELS as string[]).includes(v),
      result: (v) => /^[a-z_]+$/.test(v),
      level: (v) => v === "crisis" || v === "urgent",
      le: (v) => v === "+Inf" || Number.isFinite(Number(v)),
    };
    for (const s of m.filter((s) => s.name.startsWith("steady_"))) {
      for (const [k, v] of Object.entries(s.labels)) expect(allowed[k]?.(v), `${s.name} ${k}="${v}"`).toBe(true);
    }
    // Sample values are left out of the search: the four-digit alert code could occur inside a
    // byte count by chance, while a leak would sit in a name, a label or a help text.
    const text = body
      .split("\n")
      .map((line) => (line.startsWith("#") ? line : line.replace(/\s+\S+$/, "")))
      .join("\n");
    for (const secret of ["p-001", "c-rivera", "Sam", "kill", "hello", "local-dup-1", esc.code, esc.id]) expect(text).not.toContain(secret);
    expect(text).toContain("steady_escalations_open");
  });

  it("times the SMS webhook and counts its messages under the sms channel", async () => {
    const metrics = new SteadyMetrics({ processMetrics: false });
    harness = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00", metrics });
    metrics.readFrom(harness.app.db, harness.app.clock.read);
    const served = await serveMetrics(metrics);
    http = served.http;
    expect((await harness.text({ from: SAM, body: "hello", messageSid: "SM00000000000000000000000000000001" })).status).toBe(200);
    expect((await harness.text({ from: SAM, body: "hello", messageSid: "SM00000000000000000000000000000001" })).status).toBe(200);
    expect((await harness.text({ from: SAM, body: "hi" }, { tamper: "body" })).status).toBe(403);
    const m = await scrape(served.url);
    // Every request the provider made is timed, the refused one included.
    expect(sample(m, "steady_webhook_duration_seconds_count", { channel: "sms" })).toBe(3);
    expect(sample(m, "steady_webhook_duration_seconds_sum", { channel: "sms" })).toBeGreaterThan(0);
    expect(sample(m, "steady_inbound_messages_total", { channel: "sms", result: "answered" })).toBe(1);
    expect(sample(m, "steady_inbound_messages_total", { channel: "sms", result: "duplicate" })).toBe(1);
    expect(sample(m, "process_cpu_user_seconds_total")).toBeUndefined();
  });

  it("counts an ACK by text once its turn has committed, and not when the commit fails", async () => {
    const metrics = new SteadyMetrics({ processMetrics: false });
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", metrics });
    await app.local.receive("p-001", "i want to kill myself");
    const esc = await app.db.escalation.findFirstOrThrow();
    app.clock.advance(5);
    const acks = async () => sample(parseSamples((await metrics.scrape()).body), "steady_time_to_acknowledge_seconds_count", { level: "crisis" }) ?? 0;
    // The ACK's reply to the counselor is the turn's last write: refused, the turn rolls back.
    await app.db.$executeRawUnsafe(`CREATE TRIGGER refuse_staff_reply BEFORE INSERT ON "Outbox" WHEN NEW."kind" = 'system' BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await app.local.receive("c-rivera", `ACK ${esc.code}`).catch(() => null);
    expect(await app.db.escalation.findUniqueOrThrow({ where: { id: esc.id } })).toMatchObject({ status: "open" });
    expect(await acks()).toBe(0);
    await app.db.$executeRawUnsafe(`DROP TRIGGER refuse_staff_reply`);
    await app.local.receive("c-rivera", `ACK ${esc.code}`, "local-ack-again");
    expect(await app.db.escalation.findUniqueOrThrow({ where: { id: esc.id } })).toMatchObject({ status: "acknowledged" });
    expect(await acks()).toBe(1);
  });

  it("keeps each app's metrics apart", async () => {
    const a = new SteadyMetrics({ processMetrics: false });
    const b = new SteadyMetrics({ processMetrics: false });
    a.inbound("local", "answered");
    const inA = parseSamples((await a.scrape()).body);
    const inB = parseSamples((await b.scrape()).body);
    expect(sample(inA, "steady_inbound_messages_total", { channel: "local", result: "answered" })).toBe(1);
    expect(sample(inB, "steady_inbound_messages_total", { channel: "local", result: "answered" })).toBeUndefined();
  });
});
