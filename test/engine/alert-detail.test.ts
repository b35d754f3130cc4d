import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { alertDetail } from "../../src/channel/channel-registry.ts";
import type { Channel } from "../../src/channel/channel.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import type { ChannelName } from "../../src/domain/types.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

/** A channel that keeps what it is given, under any channel's name. */
class RecordingChannel implements Channel {
  readonly sent: OutboundMessage[] = [];
  constructor(readonly name: ChannelName) {}
  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    this.sent.push(m);
    return { providerId: `${this.name}-${this.sent.length}` };
  }
}

describe("how much an alert shows", () => {
  it("is minimal on every channel that can reach a lock screen, and full only on a staff-only contact", async () => {
    // Dana Rivera has all three; her Discord account is the clinic's own, marked staff-only.
    const program = testProgram((y) =>
      y.replace('    contacts: { sms: "+13125550101" }\n', '    contacts: { sms: "+13125550101", slack: U0FAKE0101, discord: "100000000000000101" }\n    staffOnly: [discord]\n'),
    );
    const sms = new RecordingChannel("sms");
    const slack = new RecordingChannel("slack");
    const discord = new RecordingChannel("discord");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack, discord] });
    await handleAndSend(app.engine, { conversation: DIRECT, channel: "sms", providerId: "SM-1", from: "+13125550111", text: "I want to kill myself", receivedAt: app.clock.now });
    await app.engine.idle();

    // As a person sees them: SMS in words, Slack and Discord with an Acknowledge button.
    const alerts = (c: RecordingChannel) => c.sent.filter((m) => m.kind === "alert" && m.recipientId === "c-rivera").map((m) => choicesAsText(m));
    const minimal = /^Steady: crisis alert for p-001\. Reply ACK \d{4}\.$/;
    expect(alerts(sms)).toEqual([expect.stringMatching(minimal)]);
    expect(alerts(slack)).toEqual([expect.stringMatching(minimal)]);
    expect(alerts(discord)).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001 \(Sam\): suicide risk.*\. Reply ACK \d{4}\.$/)]);
    const slackAlert = slack.sent.find((m) => m.kind === "alert")!;
    expect(slackAlert.text).toBe("Steady: crisis alert for p-001.");
    expect(slackAlert.choices).toEqual([{ id: "ack", label: "Acknowledge", reply: expect.stringMatching(/^ACK \d{4}$/) }]);
    for (const text of [...alerts(sms), ...alerts(slack), ...alerts(discord)]) expect(text).not.toContain("kill");
  });

  it("is decided by trait: the development console is no phone; SMS stays minimal even if marked", () => {
    expect(alertDetail("local", false)).toBe("full");
    expect(alertDetail("slack", false)).toBe("minimal");
    expect(alertDetail("slack", true)).toBe("full");
    expect(alertDetail("sms", true)).toBe("minimal");
    expect(alertDetail("pager", true)).toBe("minimal");
  });
});
