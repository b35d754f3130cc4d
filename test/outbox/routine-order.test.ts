import { afterEach, describe, expect, it } from "vitest";
import type { Channel, InboundHandler } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { handleAndSend } from "../support/handle-and-send.ts";
import { programWithParticipants } from "../support/many-participants.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

/** A channel whose provider answers 503 while `failing`. */
class OutageChannel implements Channel {
  readonly name = "local" as const;
  readonly sent: OutboundMessage[] = [];
  failing = true;
  async start(_h: InboundHandler) {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    if (this.failing) throw new SteadyError("provider_transient", "503 from provider");
    this.sent.push(m);
    return { providerId: `prov-${this.sent.length}` };
  }
}

describe("one person's routine messages after a provider outage", () => {
  it("go in the order they were written: the welcome still in backoff holds the check-in back", async () => {
    const channel = new OutageChannel();
    const program = programWithParticipants(3, { welcome: true, startDate: "2026-11-24" });
    app = await startTestApp({ at: "2026-11-24T17:59:00-06:00", program, channels: [channel] });
    // The welcome fails at 17:59 and is tried at 17:59:30, 18:00:30, 18:02:30, 18:06:30; the
    // check-in, due at 18:00, at 18:00, 18:00:30, 18:01:30, 18:03:30.
    await app.advanceTo("2026-11-24T18:03:00-06:00");
    const welcome = await app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-00000", kind: "welcome" } });
    expect(welcome).toMatchObject({ status: "pending", attempts: 4 });
    channel.failing = false;
    await app.advanceTo("2026-11-24T18:10:00-06:00");
    for (const id of ["p-00000", "p-00001", "p-00002"]) {
      expect(channel.sent.filter((m) => m.recipientId === id).map((m) => m.kind)).toEqual(["welcome", "prompt"]);
    }
    // The check-in waited for the welcome, not longer.
    const prompt = await app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-00000", kind: "prompt" } });
    expect(prompt.sentAt!.getTime()).toBeGreaterThanOrEqual(welcome.dueAt.getTime());
    expect(prompt.sentAt!.getTime() - welcome.dueAt.getTime()).toBeLessThan(60_000);
  });

  it("a crisis reply never waits behind them", async () => {
    const channel = new OutageChannel();
    const program = programWithParticipants(1, { welcome: true, startDate: "2026-11-24" });
    app = await startTestApp({ at: "2026-11-24T17:59:00-06:00", program, channels: [channel] });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    // The provider takes messages again; the welcome and check-in wait for their next try.
    channel.failing = false;
    const r = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "crisis-1", from: "p-00000", text: "I want to kill myself", receivedAt: app.clock.now });
    expect(r.replies[0]?.text).toContain("988");
    await app.engine.dispatchUrgent();
    expect(channel.sent.filter((m) => m.recipientId === "p-00000").map((m) => m.kind)).toEqual(["crisis"]);
    expect(await app.db.outbox.count({ where: { recipientId: "p-00000", kind: { in: ["welcome", "prompt"] }, status: "pending" } })).toBe(2);
  });
});
