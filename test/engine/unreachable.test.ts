import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { Channel } from "../../src/channel/channel.ts";
import { choicesAsText } from "../../src/channel/choices-as-text.ts";
import type { OutboundMessage, SendResult } from "../../src/domain/messages.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import type { ChannelName } from "../../src/domain/types.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const SAM_SMS = "+13125550111";
const RIVERA_SMS = "+13125550101";

/** A channel that answers "cannot be reached here" for some addresses and keeps the rest. */
class ReachChannel implements Channel {
  readonly sent: OutboundMessage[] = [];
  readonly tried: OutboundMessage[] = [];
  constructor(
    readonly name: ChannelName,
    private readonly unreachable: ReadonlySet<string> = new Set(),
  ) {}
  async start() {}
  async stop() {}
  async send(m: OutboundMessage): Promise<SendResult> {
    this.tried.push(m);
    if (this.unreachable.has(m.to)) throw new SteadyError("recipient_unreachable", "test: not a mobile number");
    this.sent.push(m);
    return { providerId: `${this.name}-${this.tried.length}` };
  }
  textsTo(to: string): string[] {
    return this.sent.filter((m) => m.to === to).map((m) => choicesAsText(m));
  }
}

/** Sam has SMS and Slack, consented to both; Dana Rivera (his counselor) has SMS and Slack. */
const program = testProgram((y) =>
  y
    .replace('    contacts: { sms: "+13125550111" }\n', '    contacts: { sms: "+13125550111", slack: U0FAKE0111 }\n')
    .replace('      sms: { date: 2026-11-02, method: "signed intake form" }\n', '      sms: { date: 2026-11-02, method: "signed intake form" }\n      slack: { date: 2026-11-02, method: "signed intake form" }\n'),
);

describe("a person who cannot be reached on a channel", () => {
  it("gets the message on their next consented channel, once; the counselor hears of it once", async () => {
    const sms = new ReachChannel("sms", new Set([SAM_SMS]));
    const slack = new ReachChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    await app.advanceTo("2026-11-24T21:00:00-06:00");

    // SMS was tried once for Sam; everything else for him went by Slack, the failed one included.
    expect(sms.tried.filter((m) => m.to === SAM_SMS)).toHaveLength(1);
    const first = sms.tried.find((m) => m.to === SAM_SMS)!;
    const onSlack = slack.sent.filter((m) => m.to === "U0FAKE0111");
    expect(onSlack.length).toBeGreaterThan(1);
    expect(onSlack.filter((m) => m.idempotencyKey === `${first.idempotencyKey}:moved`)).toHaveLength(1);
    expect(await app.db.address.findFirst({ where: { channel: "sms", address: SAM_SMS } })).toMatchObject({ unreachableAt: expect.any(Date) });

    const notices = sms.textsTo(RIVERA_SMS).filter((t) => t.includes("can't be reached"));
    expect(notices).toEqual(["Steady: p-001 can't be reached by sms (number or account not reachable). Messages go by slack now. Please check their contact details."]);
    // Lucía (SMS only, reachable) was unaffected.
    expect(sms.sent.some((m) => m.to === "+13125550112")).toBe(true);
  });

  it("an alert to a counselor who cannot be reached is tried again while the ladder goes on; their supervisor hears of it once", async () => {
    const sms = new ReachChannel("sms", new Set([RIVERA_SMS]));
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", channels: [sms] });
    await (await app.engine.handleInbound({ channel: "sms", providerId: "SM-1", from: SAM_SMS, text: "I want to kill myself", receivedAt: app.clock.now, conversation: DIRECT })).settle("send");
    await app.engine.idle();
    await app.tick();
    // The crisis reply went out; Dana's alert failed and the next on the ladder is alerted now.
    expect(sms.textsTo(SAM_SMS)[0]).toMatch(/988/);
    expect(sms.textsTo("+13125550102")).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001\. Reply ACK \d{4}\.$/)]);
    expect(sms.textsTo("+13125550103").filter((t) => t.includes("can't be reached"))).toEqual([
      "Steady: c-rivera can't be reached by sms (number or account not reachable). No other channel to use. Please check their contact details.",
    ]);
    // Dana's alert is not dropped: tried again, and again.
    const toRivera = () => sms.tried.filter((m) => m.to === RIVERA_SMS && m.kind === "alert").length;
    expect(toRivera()).toBe(1);
    await app.advanceTo("2026-11-24T10:04:00-06:00");
    expect(toRivera()).toBeGreaterThanOrEqual(3);
    expect(await app.db.outbox.count({ where: { address: RIVERA_SMS, kind: "alert", status: "pending" } })).toBe(1);
    // Still one notice to the supervisor.
    expect(sms.textsTo("+13125550103").filter((t) => t.includes("can't be reached"))).toHaveLength(1);
    // Once someone acts on the alert, its retries stop.
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(await acknowledgeAlert(app.engine.ctx, esc.code, { counselorId: "c-lee", via: "api" })).toMatchObject({ kind: "done" });
    const tries = toRivera();
    await app.advanceTo("2026-11-24T10:30:00-06:00");
    expect(toRivera()).toBe(tries);
    expect(await app.db.outbox.count({ where: { address: RIVERA_SMS, kind: "alert", status: "pending" } })).toBe(0);
  });

  it("is reachable again once a text comes from that address: later messages go there again", async () => {
    const off = new Set([SAM_SMS]);
    const sms = new ReachChannel("sms", off);
    const slack = new ReachChannel("slack");
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program, channels: [sms, slack] });
    await app.advanceTo("2026-11-24T21:00:00-06:00");
    expect(await app.db.address.findFirst({ where: { channel: "sms", address: SAM_SMS } })).toMatchObject({ unreachableAt: expect.any(Date) });

    // Sam's phone works again: he texts from it, and the next check-in goes to it.
    off.delete(SAM_SMS);
    app.clock.now = new Date("2026-11-25T09:00:00-06:00");
    await (await app.engine.handleInbound({ channel: "sms", providerId: "SM-back", from: SAM_SMS, text: "hi im back, phone was broken", receivedAt: app.clock.now, conversation: DIRECT })).settle("send");
    await app.engine.idle();
    expect(await app.db.address.findFirst({ where: { channel: "sms", address: SAM_SMS } })).toMatchObject({ unreachableAt: null });
    await app.advanceTo("2026-11-25T21:00:00-06:00");
    expect(sms.sent.some((m) => m.to === SAM_SMS && m.kind === "prompt")).toBe(true);
  });
});
