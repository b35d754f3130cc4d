import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { Channel } from "../../src/channel/channel.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import type { ChannelName } from "../../src/domain/types.ts";
import { outboxRow } from "../../src/outbox/outbox-draft.ts";
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

const SAM_SMS = "+13125550111";
const SAM_SLACK = "U0FAKE0111";

/** Sam on SMS (preferred) and Slack, with consent for both. */
const program = testProgram((y) =>
  y.replace(
    `    contacts: { sms: "${SAM_SMS}" }\n    preferredChannel: local`,
    `    contacts: { sms: "${SAM_SMS}", slack: ${SAM_SLACK} }\n    preferredChannel: sms`,
  ).replace(
    '    endDate: 2026-12-20\n    consent:\n      sms: { date: 2026-11-02, method: "signed intake form" }\n  - id: p-002',
    '    endDate: 2026-12-20\n    consent:\n      sms: { date: 2026-11-02, method: "signed intake form" }\n      slack: { date: 2026-11-02, method: "signed intake form" }\n  - id: p-002',
  ),
);

describe("the scope of STOP", () => {
  it("STOP by SMS stops that number only: routine messages go on by Slack, a crisis text is still answered, START reopens it", async () => {
    const sms = new RecordingChannel("sms");
    const slack = new RecordingChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    let n = 0;
    const text = (channel: ChannelName, from: string, body: string) => handleAndSend(app!.engine, { conversation: DIRECT, channel, providerId: `m-${++n}`, from, text: body, receivedAt: app!.clock.now });
    const address = (channel: string) => app!.db.address.findFirstOrThrow({ where: { ownerId: "p-001", channel } });

    expect((await text("sms", SAM_SMS, "STOP")).replies.map((r) => r.text)).toEqual([expect.stringMatching(/unsubscribed/)]);
    expect((await address("sms")).optedOutAt).not.toBeNull();
    expect((await address("slack")).optedOutAt).toBeNull();
    expect((await app.db.participant.findUniqueOrThrow({ where: { id: "p-001" } })).optedOutAt).toBeNull();
    const events = await app.db.consentEvent.findMany({ where: { participantId: "p-001", action: "opt_out" } });
    expect(events.map((e) => [e.channel, e.source])).toEqual([["sms", "sms:keyword"]]);

    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const to = (c: RecordingChannel) => c.sent.filter((m) => m.recipientId === "p-001").map((m) => m.kind);
    expect(to(sms)).toEqual(["reply"]); // the confirmation, nothing after it
    expect(to(slack)).toEqual(["reminder", "prompt"]);

    // On the stopped number: no answer to a reply, HELP still answered, a crisis always answered.
    expect((await text("sms", SAM_SMS, "7")).replies).toEqual([]);
    expect((await text("sms", SAM_SMS, "HELP")).replies[0]?.text).toMatch(/STOP/);
    const crisis = await text("sms", SAM_SMS, "I want to kill myself");
    expect(crisis.replies.map((r) => [r.kind, r.to])).toEqual([["crisis", SAM_SMS]]);

    // "yes" on the stopped number is START, and it reopens that number alone.
    expect((await text("sms", SAM_SMS, "yes")).replies[0]?.text).toMatch(/^Welcome back/);
    expect((await address("sms")).optedOutAt).toBeNull();
    const optIns = await app.db.consentEvent.findMany({ where: { participantId: "p-001", action: "opt_in" } });
    expect(optIns.map((e) => [e.channel, e.source])).toEqual([["sms", "sms:keyword"]]);
  });

  it("once every channel is stopped the person is opted out everywhere; START on one reopens that one", async () => {
    const sms = new RecordingChannel("sms");
    const slack = new RecordingChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    let n = 0;
    const text = (channel: ChannelName, from: string, body: string) => handleAndSend(app!.engine, { conversation: DIRECT, channel, providerId: `m-${++n}`, from, text: body, receivedAt: app!.clock.now });
    const sam = () => app!.db.participant.findUniqueOrThrow({ where: { id: "p-001" } });

    await text("sms", SAM_SMS, "STOP");
    expect((await sam()).optedOutAt).toBeNull();
    await text("slack", SAM_SLACK, "stop");
    expect((await sam()).optedOutAt).not.toBeNull();
    await app.advanceTo("2026-11-24T18:30:00-06:00");
    expect([...sms.sent, ...slack.sent].filter((m) => m.recipientId === "p-001").map((m) => m.kind)).toEqual(["reply", "reply"]);

    await text("slack", SAM_SLACK, "START");
    expect((await sam()).optedOutAt).toBeNull();
    expect((await app.db.address.findFirstOrThrow({ where: { ownerId: "p-001", channel: "sms" } })).optedOutAt).not.toBeNull();
    await app.advanceTo("2026-11-25T18:01:00-06:00");
    expect(sms.sent.filter((m) => m.recipientId === "p-001")).toHaveLength(1);
    expect(slack.sent.filter((m) => m.recipientId === "p-001").map((m) => m.kind)).toEqual(["reply", "reply", "prompt", "reminder"]);
  });

  it("a routine message written for the number before its STOP is cancelled when it is due, not sent", async () => {
    const sms = new RecordingChannel("sms");
    const slack = new RecordingChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    // As written by another instance that picked the number just before the STOP committed.
    const late = { channel: "sms" as const, address: SAM_SMS, recipientKind: "participant" as const, recipientId: "p-001", kind: "nudge" as const, text: "Hi", idempotencyKey: "late-nudge", dueAt: app.clock.now };
    await handleAndSend(app.engine, { conversation: DIRECT, channel: "sms", providerId: "m-1", from: SAM_SMS, text: "STOP", receivedAt: app.clock.now });
    await app.db.outbox.create({ data: outboxRow(late, app.clock.now) });
    await app.tick();
    expect(sms.sent.map((m) => m.kind)).toEqual(["reply"]);
    expect(await app.db.outbox.findFirstOrThrow({ where: { idempotencyKey: "late-nudge" } })).toMatchObject({ status: "cancelled", lastError: "opted_out" });
  });
});
