import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { Channel, DeliveryHandler, InboundHandler } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { Ticker } from "../../src/schedule/ticker.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

/** A local channel on which prompts hang until released, like a long page of SMS at one per second. */
class SlowPromptsChannel implements Channel {
  readonly name = "local" as const;
  readonly sent: OutboundMessage[] = [];
  readonly held: OutboundMessage[] = [];
  private releases: (() => void)[] = [];
  private open = false;
  async start(_onInbound: InboundHandler, _onDelivery?: DeliveryHandler): Promise<void> {}
  async send(message: OutboundMessage): Promise<SendResult> {
    if (message.kind === "prompt" && !this.open) {
      this.held.push(message);
      await new Promise<void>((resolve) => this.releases.push(resolve));
    }
    this.sent.push(message);
    return { providerId: null };
  }
  release(): void {
    this.open = true;
    for (const r of this.releases.splice(0)) r();
  }
  async stop(): Promise<void> {
    this.release();
  }
}

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const until = async (done: () => boolean) => {
  for (let i = 0; !done(); i++) {
    if (i > 1000) throw new Error("waited 5 s in vain");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe("the urgent lane", () => {
  it("re-escalates a crisis on time while the routine lane is still sending the evening's prompts", async () => {
    const channel = new SlowPromptsChannel();
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", channels: [channel] });
    await app.tick(); // tonight planned
    const ticker = new Ticker(app.engine, app.engine.ctx.logger);

    // 17:58: a crisis. The reply and the first alerts go out at once.
    app.clock.set("2026-11-24T17:58:00-06:00");
    const crisis = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "m-crisis", from: "p-002", text: "I want to kill myself", receivedAt: app.clock.now });
    expect(crisis.replies[0]?.kind).toBe("crisis");
    await app.engine.idle();
    const alertsAtFirst = channel.sent.filter((m) => m.kind === "alert").length;
    expect(alertsAtFirst).toBeGreaterThan(0);

    // 18:00: the prompts are due; the routine lane is stuck sending them.
    app.clock.set("2026-11-24T18:00:30-06:00");
    const evening = ticker.tick();
    await until(() => channel.held.length > 0);

    // 18:04, five minutes after the crisis and nobody has acknowledged: the next tick pages the
    // next person on call although the routine lane has not finished.
    app.clock.set("2026-11-24T18:04:00-06:00");
    await ticker.tick();
    const alerts = channel.sent.filter((m) => m.kind === "alert");
    expect(alerts.length).toBeGreaterThan(alertsAtFirst);
    expect(channel.sent.some((m) => m.kind === "prompt")).toBe(false);
    const escalation = await app.db.escalation.findFirstOrThrow({ where: { participantId: "p-002", level: "crisis" } });
    expect(escalation.step).toBe(1);

    channel.release();
    await evening;
    expect(channel.sent.filter((m) => m.kind === "prompt").length).toBeGreaterThan(0);
  });
});
