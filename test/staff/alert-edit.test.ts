import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { Channel } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import type { ChannelName } from "../../src/domain/types.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { resolveAlert } from "../../src/staff/resolve-alert.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

/** A channel that keeps what it sends and edits, under any channel's name. */
class RecordingChannel implements Channel {
  readonly sent: OutboundMessage[] = [];
  readonly edits: { providerId: string; message: OutboundMessage }[] = [];
  constructor(readonly name: ChannelName) {}
  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    this.sent.push(m);
    return { providerId: `${this.name}-${this.sent.length}` };
  }
  async edit(providerId: string, message: OutboundMessage): Promise<void> {
    this.edits.push({ providerId, message });
  }
}

describe("an alert acted on is edited where the channel can edit", () => {
  it("Slack's alert reads 'acknowledged by Dana', then 'resolved by Dana', without its button; SMS gets nothing more", async () => {
    const program = testProgram((y) => y.replace('    contacts: { sms: "+13125550101" }\n', '    contacts: { sms: "+13125550101", slack: U0FAKE0101 }\n'));
    const sms = new RecordingChannel("sms");
    const slack = new RecordingChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    await (await app.engine.handleInbound({ channel: "sms", providerId: "SM-1", from: "+13125550111", text: "I want to kill myself", receivedAt: app.clock.now, conversation: DIRECT })).settle("send");
    await app.engine.idle();
    const alert = slack.sent.find((m) => m.kind === "alert")!;
    expect(alert.choices).toHaveLength(1);
    const code = alert.choices![0]!.reply.replace("ACK ", "");
    const smsBefore = sms.sent.length;

    expect(await acknowledgeAlert(app.engine.ctx, code, { counselorId: "c-rivera", via: "sms" })).toMatchObject({ kind: "done" });
    await app.tick();
    expect(slack.edits).toEqual([{ providerId: "slack-1", message: expect.objectContaining({ kind: "edit", text: "Steady: crisis alert for p-001, acknowledged by Dana.", to: "U0FAKE0101" }) }]);
    expect(slack.edits[0]!.message.choices).toBeUndefined();

    expect(await resolveAlert(app.engine.ctx, code, { counselorId: "c-rivera", via: "sms" })).toMatchObject({ kind: "done" });
    await app.tick();
    await app.tick();
    expect(slack.edits.map((e) => e.message.text)).toEqual(["Steady: crisis alert for p-001, acknowledged by Dana.", "Steady: crisis alert for p-001, resolved by Dana."]);
    // SMS cannot edit: no edit row, no extra text.
    expect(sms.sent.length).toBe(smsBefore);
    expect(await app.db.outbox.count({ where: { kind: "edit", channel: "sms" } })).toBe(0);
    for (const e of slack.edits) expect(e.message.text).not.toMatch(/Sam|suicide|kill/);
  });
});
