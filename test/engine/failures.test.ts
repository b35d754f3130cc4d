import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import type { Channel, InboundHandler } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { createEngine } from "../../src/engine/create-engine.ts";
import type { Db } from "../../src/store/create-db.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

/** A database client whose every call fails, as when the database server is down. */
function brokenDb(): Db {
  const fail = () => Promise.reject(Object.assign(new Error("connection refused"), { code: "ECONNREFUSED" }));
  const model = new Proxy({}, { get: () => fail });
  return new Proxy({} as Db, { get: (_t, prop) => (typeof prop === "string" && prop.startsWith("$") ? fail : model) });
}

/** A channel that fails the way a provider outage does, then recovers. */
class FlakyChannel implements Channel {
  readonly name = "local" as const;
  readonly sent: OutboundMessage[] = [];
  failures: "transient" | "permanent" | null = "transient";
  async start(_h: InboundHandler) {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    if (this.failures === "transient") throw new SteadyError("provider_transient", "503 from provider");
    if (this.failures === "permanent") throw new SteadyError("provider_permanent", "invalid number");
    this.sent.push(m);
    return { providerId: `prov-${this.sent.length}` };
  }
}

describe("when a provider or the database fails", () => {
  it("a crisis message is still answered and humans are paged when the database is down", async () => {
    const local = new LocalChannel(() => new Date("2026-11-24T10:00:00-06:00"));
    const logs: string[] = [];
    const engine = createEngine({
      db: brokenDb(),
      program: testProgram(),
      channels: [local],
      clock: () => new Date("2026-11-24T10:00:00-06:00"),
      logger: { info: (e) => logs.push(e), warn: (e) => logs.push(e), error: (e) => logs.push(e) },
    });
    await local.start(engine.handleInbound);
    const r = await local.receive("p-002", "ya no aguanto más, quiero morir");
    expect(r.replies[0]?.text).toMatch(/^Si estás en peligro, llama al 911\. .*988.*741741/);
    expect(local.to("p-002")).toHaveLength(1);
    // Assigned counselor, the on-call order and the supervisor, all at once: nobody can ACK.
    expect(local.to("c-rivera")[0]?.text).toMatch(/crisis alert for p-002\. Please reach out now/);
    expect(local.to("c-lee")).toHaveLength(1);
    expect(local.to("c-okafor")).toHaveLength(1);
    expect(logs).toContain("crisis_fallback_used");
    // A routine message with the database down is an error for the provider to retry, not a silent drop.
    await expect(local.receive("p-001", "7")).rejects.toThrow();
  });

  it("a provider outage delays routine messages with backoff and never drops them", async () => {
    const flaky = new FlakyChannel();
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: testProgram(), channels: [flaky] });
    await app.advanceTo("2026-11-24T18:00:00-06:00");
    expect(flaky.sent).toHaveLength(0);
    const row = await app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-001", kind: "prompt" } });
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "provider_transient" });
    expect(row.dueAt.toISOString()).toBe("2026-11-25T00:00:30.000Z");
    await app.advanceTo("2026-11-24T18:03:00-06:00");
    expect((await app.db.outbox.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(3); // waited 30 s, then 60 s
    flaky.failures = null;
    await app.advanceTo("2026-11-24T18:10:00-06:00");
    expect(flaky.sent.filter((m) => m.recipientId === "p-001" && m.kind === "prompt")).toHaveLength(1);
    expect(await app.db.outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "sent", providerId: expect.stringMatching(/^prov-/) });
  });

  it("an alert that cannot be delivered to a counselor moves the escalation on at once", async () => {
    const flaky = new FlakyChannel();
    flaky.failures = "permanent";
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program: testProgram(), channels: [flaky] });
    await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "m1", from: "p-001", text: "I relapsed", receivedAt: app.clock.now });
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(await app.db.outbox.findFirstOrThrow({ where: { escalationId: esc.id } })).toMatchObject({ status: "failed", lastError: "provider_permanent" });
    flaky.failures = null;
    await app.tick();
    // Not an hour later: the next person on the ladder now.
    expect(flaky.sent.map((m) => m.recipientId)).toContain("c-lee");
  });
});

describe("a process that does not run a message's channel", () => {
  it("leaves the message for a process that does, instead of failing it (a one-shot command beside the running bot)", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const row = await app.db.outbox.create({
      data: { id: "row-sms", channel: "sms", address: "+13125550123", recipientKind: "counselor", recipientId: "c-lee", kind: "alert", text: "Steady: an alert needs you.", idempotencyKey: "test:sms-row", dueAt: app.clock.now, createdAt: app.clock.now, status: "pending" },
    });
    await app.engine.dispatchDue();
    expect(await app.db.outbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "pending", attempts: 0, lastError: null });
  });
});
