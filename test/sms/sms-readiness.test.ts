import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../../src/domain/messages.ts";
import { SteadyError } from "../../src/domain/steady-error.ts";
import { channelPart, databasePart, ReadinessCheck, readyzRoute } from "../../src/http/readiness.ts";
import { silentLogger } from "../../src/log/logger.ts";
import { startFakeTwilioApi, twilioError, type FakeTwilioApi } from "../support/fake-twilio-api.ts";
import { TEST_AUTH_TOKEN } from "../support/signed-webhook.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";

// /readyz as main mounts it: the database, and each running channel named by its adapter's health.

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const AT = "2026-11-24T10:00:00-06:00";
const SINCE = "Tue Nov 24 2026, 4:00 PM UTC";

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** An SMS harness with /readyz mounted on its HTTP server; `readyz()` answers status and body. */
async function harness(options: Parameters<typeof startSmsHarness>[0]) {
  const h = await startSmsHarness(options);
  cleanup.push(() => h.dispose());
  h.http.route("GET", "/readyz", readyzRoute(new ReadinessCheck([databasePart(h.app.db), channelPart(h.sms)], silentLogger)));
  const readyz = async () => {
    const res = await fetch(`${h.base}/readyz`);
    return [res.status, await res.text()] as const;
  };
  return Object.assign(h, { readyz });
}

/** Waits (up to 5 s) for the adapter's first call to Twilio, made at start, to have told its warning. */
async function firstWarning(h: SmsHarness): Promise<void> {
  for (let i = 0; i < 100 && h.warnings.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
}

let sent = 0;
const message = (to = "+15550100101"): OutboundMessage => ({
  id: `m-${++sent}`,
  channel: "sms",
  to,
  text: "Steady: your check-in is ready.",
  kind: "prompt",
  recipientKind: "participant",
  recipientId: "p-001",
  idempotencyKey: `readiness:${sent}`,
});

async function sendError(h: SmsHarness, m: OutboundMessage): Promise<string> {
  const e = await h.sms.send(m).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SteadyError);
  return (e as SteadyError).code;
}

describe("/readyz names the SMS adapter when it cannot talk to Twilio", () => {
  it("nothing listening at TWILIO_API_BASE_URL: 503 naming sms, the host, since when and ECONNREFUSED, one warning; ready again once Twilio answers", async () => {
    const port = await closedPort();
    const h = await harness({ at: AT, apiBaseUrl: `http://127.0.0.1:${port}` });
    await firstWarning(h);
    const words = `cannot reach the Twilio API at 127.0.0.1:${port} since ${SINCE} (ECONNREFUSED): is the network up? TWILIO_API_BASE_URL?`;
    expect(await h.readyz()).toEqual([503, `not ready\nsms: ${words}\n`]);
    expect(h.warnings).toEqual([`sms: ${words} Messages wait in the outbox and go out once Twilio answers.`]);
    // Later failures (the message-log check, a send) keep it failing, from the same time, and warn no more.
    h.app.clock.set("2026-11-24T10:05:00-06:00");
    expect(await h.sms.reconcile()).toBeNull();
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(await h.readyz()).toEqual([503, `not ready\nsms: ${words}\n`]);
    expect(h.warnings).toHaveLength(1);
    expect(h.app.logs.filter((l) => l.includes('"sms_api_failing_at_start"'))).toHaveLength(1);

    // The API comes up at that address: the next call succeeds, and the channel is ready.
    const up: FakeTwilioApi = await startFakeTwilioApi({ port });
    cleanup.push(() => up.close());
    expect(await h.sms.reconcile()).toMatchObject({ listed: 0 });
    expect(await h.readyz()).toEqual([200, "ready\n"]);
  });

  it("credentials refused (401, 20003): 503 naming sms and where to find the credentials; ready again once they are accepted", async () => {
    // The account's Auth Token was rotated in the console: the bot's is refused.
    const h = await harness({ at: AT, fake: { authToken: "rotated0000000000000000000000000" } });
    await firstWarning(h);
    const words = "Twilio refused the account credentials (20003): check TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN (Twilio console → Account → API keys & tokens)";
    expect(await h.readyz()).toEqual([503, `not ready\nsms: ${words}\n`]);
    expect(h.warnings).toEqual([`sms: ${words}. Messages wait in the outbox and go out once Twilio answers.`]);
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(h.fake.delivered()).toEqual([]);

    h.fake.setAuthToken(TEST_AUTH_TOKEN);
    await h.sms.send(message());
    expect(await h.readyz()).toEqual([200, "ready\n"]);
    expect(h.warnings).toHaveLength(1);
  });

  it("a send that fails for its recipient (unreachable number, opted out) leaves the channel ready; one that gets no answer does not", async () => {
    const h = await harness({ at: AT });
    await h.sms.reconcile();
    expect(await h.readyz()).toEqual([200, "ready\n"]);
    expect(h.warnings).toEqual([]);

    h.fake.failNext(1, twilioError(400, 21614, "'To' number is not a valid mobile number"));
    expect(await sendError(h, message("+15550100102"))).toBe("recipient_unreachable");
    h.fake.failNext(1, "unsubscribed");
    expect(await sendError(h, message("+15550100103"))).toBe("recipient_opted_out");
    h.fake.failNext(1, "invalid-to");
    expect(await sendError(h, message("+15550100104"))).toBe("provider_permanent");
    expect(h.sms.health()).toBeNull();
    expect(await h.readyz()).toEqual([200, "ready\n"]);

    // The connection dropped with no answer: the channel's trouble, until a call succeeds.
    h.fake.failNext(1, "drop");
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(h.sms.health()).toMatch(/^cannot reach the Twilio API at 127\.0\.0\.1:\d+ since .* \(ECONNRESET\)/);
    await h.sms.send(message());
    expect(h.sms.health()).toBeNull();
    // Not at start: no warning line.
    expect(h.warnings).toEqual([]);
  });

  it("5xx answers count only once they have gone on for a minute", async () => {
    const h = await harness({ at: AT });
    await h.sms.reconcile();
    const stop = h.fake.failWhen(() => true, "unavailable");
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(h.sms.health()).toBeNull();
    h.app.clock.set("2026-11-24T10:00:59-06:00");
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(h.sms.health()).toBeNull();
    h.app.clock.set("2026-11-24T10:01:01-06:00");
    expect(await sendError(h, message())).toBe("provider_transient");
    expect(await h.readyz()).toEqual([503, `not ready\nsms: cannot reach the Twilio API at ${new URL(h.fake.url).host} since ${SINCE} (HTTP 503 20503): is the network up? TWILIO_API_BASE_URL?\n`]);
    stop();
    await h.sms.send(message());
    expect(await h.readyz()).toEqual([200, "ready\n"]);
  });
});
