import { describe, expect, it } from "vitest";
import { LocalChannel } from "../../adapters/local/local-channel.ts";
import { terminalLine } from "../../adapters/local/terminal-line.ts";
import { smsAdapter } from "../../adapters/sms/index.ts";
import { ADAPTERS } from "../../adapters/index.ts";
import { configuredChannels } from "../../src/channel/channel-adapter.ts";
import { CHANNELS } from "../../src/channel/channel-registry.ts";
import { HttpServer } from "../../src/http/http-server.ts";
import { capturedLogger } from "../support/log-capture.ts";

const SMS = {
  TWILIO_ACCOUNT_SID: "ACFEEDFACEFEEDFACEFEEDFACEFEEDFACE",
  TWILIO_AUTH_TOKEN: "feedc0defeedc0defeedc0defeedc0de",
  TWILIO_FROM_NUMBER: "+13125550199",
  PUBLIC_BASE_URL: "https://steady.example.org/",
};
const clock = () => new Date("2026-11-24T10:00:00-06:00");
const deps = () => ({ http: new HttpServer(), logger: capturedLogger(clock), clock, timeZone: () => "America/Chicago" });

describe("the channel adapters main runs", () => {
  it("run the local channel with no provider settings, and only the configured providers otherwise", () => {
    expect(configuredChannels(ADAPTERS, {}).map((c) => c.name)).toEqual(["local"]);
    expect(configuredChannels(ADAPTERS, SMS).map((c) => c.name)).toEqual(["sms"]);
    // A provider with no adapter yet keeps the local channel off: main then refuses to start.
    expect(configuredChannels(ADAPTERS, { SLACK_BOT_TOKEN: "xoxb-1" })).toEqual([]);
    for (const a of ADAPTERS) expect(CHANNELS).toContain(a.name);
  });

  it("report bad settings with what to do, before anything starts", () => {
    expect(() => configuredChannels(ADAPTERS, { ...SMS, TWILIO_AUTH_TOKEN: "" })).toThrow(/TWILIO_AUTH_TOKEN is required for SMS: the Auth Token shown in the Twilio Console/);
  });

  it("make their channel and say how to reach it", async () => {
    const [local] = configuredChannels(ADAPTERS, {});
    expect(await local!.create(deps())).toBeInstanceOf(LocalChannel);
    expect(local!.bannerLines({ exampleParticipant: "p-014" }).join("\n")).toContain('cli -- reply p-014 "7"');

    const [sms] = configuredChannels(ADAPTERS, SMS);
    const channel = await sms!.create(deps());
    expect(channel.name).toBe("sms");
    expect(sms!.bannerLines({ exampleParticipant: "p-014" })).toEqual([
      "  channel: sms via https://api.twilio.com (sender +13125550199, at most 1/s)",
      '  Twilio "A message comes in" webhook: https://steady.example.org/sms/inbound (HTTP POST)',
      "  delivery reports are requested at:   https://steady.example.org/sms/status",
    ]);
    await channel.stop();
  });

  it("print each local delivery in the terminal at the bot's clock, in the program's time zone", () => {
    const message = { id: "o-1", channel: "local" as const, to: "p-014", text: "How was today?", kind: "prompt" as const, recipientKind: "participant" as const, recipientId: "p-014", idempotencyKey: "k" };
    const at = new Date("2026-11-25T00:00:00Z");
    expect(terminalLine({ at, message }, "America/Chicago")).toBe("[Tue Nov 24, 6:00 PM CST] to p-014 (local): How was today?");
    expect(terminalLine({ at, message: { ...message, recipientKind: "group", recipientId: "g-evening" } }, "America/New_York")).toBe("[Tue Nov 24, 7:00 PM EST] to group g-evening (local): How was today?");
  });
});
