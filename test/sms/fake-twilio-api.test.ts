import http from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTwilioApi, type FakeTwilioApi, type FakeTwilioApiOptions } from "../support/fake-twilio-api.ts";
import { rebaseUrl, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_MESSAGING_SERVICE_SID, TEST_STEADY_NUMBER } from "../support/signed-webhook.ts";

const PUBLIC_BASE = "https://bot.example";
const SAM = "+13125550111";
const LUCIA = "+13125550112";

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

/** The real client's HTTP layer, sending what it meant for api.twilio.com to the fake instead. */
class RebasingClient extends twilio.RequestClient {
  constructor(
    private readonly base: string,
    timeout: number,
  ) {
    super({ timeout });
  }
  override request<T>(opts: RequestOptions & { data?: T }) {
    return super.request({ ...opts, uri: opts.uri.replace(/^https:\/\/api\.twilio\.com/, this.base) });
  }
}

function clientFor(api: FakeTwilioApi, options: { authToken?: string; timeout?: number } = {}) {
  return twilio(TEST_ACCOUNT_SID, options.authToken ?? TEST_AUTH_TOKEN, { httpClient: new RebasingClient(api.url, options.timeout ?? 2_000) });
}

/** A create request the real client would refuse to send (it checks `To` itself). */
async function postRaw(api: FakeTwilioApi, form: Record<string, string>) {
  const res = await fetch(`${api.url}/2010-04-01/Accounts/${TEST_ACCOUNT_SID}/Messages.json`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${TEST_ACCOUNT_SID}:${TEST_AUTH_TOKEN}`).toString("base64")}` },
    body: new URLSearchParams(form),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const statusUrl = (key: string) => `${PUBLIC_BASE}/sms/status?key=${encodeURIComponent(key)}`;

/** A stand-in for the bot's status route: records every post with its signature verdict. */
async function startReceiver() {
  const got: { url: string; params: Record<string, string>; valid: boolean }[] = [];
  const server = http.createServer(async (req, res) => {
    let body = "";
    for await (const c of req) body += String(c);
    const params = Object.fromEntries(new URLSearchParams(body));
    const publicUrl = PUBLIC_BASE + (req.url ?? "");
    const valid = twilio.validateRequest(TEST_AUTH_TOKEN, String(req.headers["x-twilio-signature"] ?? ""), publicUrl, params);
    got.push({ url: publicUrl, params, valid });
    res.writeHead(valid ? 200 : 403).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, got, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function fake(options: FakeTwilioApiOptions = {}): Promise<FakeTwilioApi> {
  const api = await startFakeTwilioApi(options);
  cleanups.push(() => api.close());
  return api;
}

describe("fake Twilio Messages API, driven by the real twilio client", () => {
  it("creates a message like Twilio and records it", async () => {
    const api = await fake();
    const key = "prompt:ci:p-001:2026-11-24";
    const m = await clientFor(api).messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "How are you today?", statusCallback: statusUrl(key), attempt: 1 });

    expect(m.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(m).toMatchObject({ status: "queued", to: SAM, from: TEST_STEADY_NUMBER, numSegments: "1", apiVersion: "2010-04-01", errorCode: null, accountSid: TEST_ACCOUNT_SID });
    expect(m.dateCreated).toBeInstanceOf(Date);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({ sid: m.sid, to: SAM, body: "How are you today?", attempt: 1, idempotencyKey: key, resend: false });
    expect(api.delivered()).toHaveLength(1);

    const fetched = await clientFor(api).messages(m.sid).fetch();
    expect(fetched.body).toBe("How are you today?");
  });

  it("answers 'accepted' with no sender yet through a Messaging Service", async () => {
    const api = await fake();
    const m = await clientFor(api).messages.create({ to: SAM, messagingServiceSid: TEST_MESSAGING_SERVICE_SID, body: "Hi 👋" });
    expect(m).toMatchObject({ status: "accepted", from: null, messagingServiceSid: TEST_MESSAGING_SERVICE_SID, numSegments: "0" });
    expect(api.requests[0]).toMatchObject({ messagingServiceSid: TEST_MESSAGING_SERVICE_SID, from: null, idempotencyKey: null });
  });

  it("treats a second request with a known key as a harmless, flagged resend", async () => {
    const api = await fake({ statusCallbacks: "auto", callbackTarget: () => "http://127.0.0.1:9/unused" });
    const client = clientFor(api);
    const args = { to: SAM, from: TEST_STEADY_NUMBER, body: "Time to check in.", statusCallback: statusUrl("prompt:ci:p-001:2026-11-24") };
    const first = await client.messages.create({ ...args, attempt: 1 });
    const again = await client.messages.create({ ...args, attempt: 2 });
    const other = await client.messages.create({ ...args, to: LUCIA, statusCallback: statusUrl("prompt:ci:p-002:2026-11-24") });
    await api.idle();

    expect(again.sid).toBe(first.sid);
    expect(other.sid).not.toBe(first.sid);
    expect(api.requests.map((r) => r.resend)).toEqual([false, true, false]);
    expect(api.resends()).toMatchObject([{ sid: first.sid, attempt: 2 }]);
    expect(api.delivered().map((r) => r.to)).toEqual([SAM, LUCIA]);
    // Two messages, two callbacks each; none for the resend.
    expect(api.callbacks).toHaveLength(4);
  });

  it("surfaces injected 429 and 21610 as RestException with Twilio's status and code", async () => {
    const api = await fake();
    const client = clientFor(api);
    api.failNext(1, "too-many-requests");
    const limited = await client.messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "x" }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(twilio.RestException);
    expect(limited).toMatchObject({ status: 429, code: 20429, moreInfo: "https://www.twilio.com/docs/errors/20429" });

    const stop = api.failWhen((r) => r.to === LUCIA, "unsubscribed");
    const optedOut = await client.messages.create({ to: LUCIA, from: TEST_STEADY_NUMBER, body: "x" }).catch((e: unknown) => e);
    expect(optedOut).toMatchObject({ status: 400, code: 21610, message: "Attempt to send to unsubscribed recipient" });
    await client.messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "x" });
    stop();
    await client.messages.create({ to: LUCIA, from: TEST_STEADY_NUMBER, body: "x" });

    expect(api.rejected.map((r) => [r.status, r.code])).toEqual([[429, 20429], [400, 21610]]);
    expect(api.delivered().map((r) => r.to)).toEqual([SAM, LUCIA]);
  });

  it("answers 5xx, a dropped socket and a hang, and can lose the 201 of a sent message", async () => {
    const api = await fake();
    const client = clientFor(api, { timeout: 300 });
    const send = (body: string) => client.messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body, statusCallback: statusUrl(body) }).catch((e: unknown) => e);
    api.failNext(1, "unavailable");
    api.failNext(1, "drop");
    api.failNext(1, { hang: 5_000 });
    api.failNext(1, { hang: 50, accepted: true });

    expect(await send("a")).toMatchObject({ status: 503, code: 20503 });
    expect(await send("b")).not.toBeInstanceOf(twilio.RestException);
    const started = performance.now();
    expect(await send("c")).toMatchObject({ message: expect.stringMatching(/timeout/i) });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await send("d")).toBeInstanceOf(Error);
    const retried = await send("d");

    expect(api.rejected.map((r) => r.status)).toEqual([503, null, null]);
    expect(api.requests.map((r) => [r.body, r.responseLost, r.resend])).toEqual([["d", true, false], ["d", false, true]]);
    expect(retried).toMatchObject({ sid: api.requests[0]!.sid });
  });

  it("checks credentials and required fields the way Twilio does", async () => {
    const api = await fake();
    const wrong = await clientFor(api, { authToken: "0".repeat(32) }).messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "x" }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 401, code: 20003, message: "Authenticate" });

    const client = clientFor(api);
    const errorFor = (opts: Record<string, string>) => client.messages.create(opts as never).catch((e: { code?: number }) => e.code);
    expect(await postRaw(api, { From: TEST_STEADY_NUMBER, Body: "x" })).toEqual({
      status: 400,
      body: { code: 21604, message: "A 'To' phone number is required.", more_info: "https://www.twilio.com/docs/errors/21604", status: 400 },
    });
    expect(await errorFor({ to: SAM, body: "x" })).toBe(21603);
    expect(await errorFor({ to: SAM, from: TEST_STEADY_NUMBER })).toBe(21602);
    expect(await errorFor({ to: "555-0111", from: TEST_STEADY_NUMBER, body: "x" })).toBe(21211);
    expect(await errorFor({ to: SAM, from: TEST_STEADY_NUMBER, body: "x", statusCallback: "/sms/status" })).toBe(21609);
    expect(api.requests).toHaveLength(0);
    expect(api.rejected).toHaveLength(6);
  });

  it("keeps up with 1,000 messages and their callbacks, and spots every resend", async () => {
    const bot = await startReceiver();
    cleanups.push(bot.close);
    const api = await fake({ statusCallbacks: "auto", callbackTarget: rebaseUrl(PUBLIC_BASE, bot.url) });
    const client = clientFor(api);
    const sendAll = async () => {
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < 1_000; i = next++) {
          await client.messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: `Prompt ${i}`, statusCallback: statusUrl(`prompt:${i}`) });
        }
      };
      await Promise.all(Array.from({ length: 20 }, worker));
    };
    const started = performance.now();
    await sendAll();
    await sendAll();
    await api.idle();

    expect(api.delivered()).toHaveLength(1_000);
    expect(api.resends()).toHaveLength(1_000);
    expect(new Set(api.delivered().map((r) => r.sid)).size).toBe(1_000);
    expect(bot.got).toHaveLength(2_000);
    expect(bot.got.every((g) => g.valid)).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("calls back sent then delivered, signed over the public URL, posted to the loopback one", async () => {
    const bot = await startReceiver();
    cleanups.push(bot.close);
    const api = await fake({ statusCallbacks: "auto", callbackTarget: rebaseUrl(PUBLIC_BASE, bot.url) });
    const key = "prompt:ci:p-001:2026-11-24";
    const m = await clientFor(api).messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "How was today?", statusCallback: statusUrl(key) });
    await api.idle();

    expect(bot.got.map((g) => g.params.MessageStatus)).toEqual(["sent", "delivered"]);
    expect(bot.got.every((g) => g.valid)).toBe(true);
    expect(bot.got[0]!.url).toBe(statusUrl(key));
    expect(bot.got[1]!.params).toMatchObject({ MessageSid: m.sid, SmsSid: m.sid, SmsStatus: "delivered", AccountSid: TEST_ACCOUNT_SID, From: TEST_STEADY_NUMBER, To: SAM, ApiVersion: "2010-04-01" });
    expect(bot.got[1]!.params.RawDlrDoneDate).toMatch(/^\d{10}$/);
    expect(api.callbacks.map((c) => c.httpStatus)).toEqual([200, 200]);
    expect(api.message(m.sid)?.status).toBe("delivered");
  });

  it("sends a manual status with its error code and returns the bot's answer", async () => {
    const bot = await startReceiver();
    cleanups.push(bot.close);
    const api = await fake({ callbackTarget: rebaseUrl(PUBLIC_BASE, bot.url) });
    const m = await clientFor(api).messages.create({ to: SAM, from: TEST_STEADY_NUMBER, body: "x", statusCallback: statusUrl("k1") });
    expect(bot.got).toHaveLength(0);

    expect(await api.sendStatus(m.sid, "undelivered", { errorCode: 30003 })).toBe(200);
    expect(bot.got[0]!.params).toMatchObject({ MessageStatus: "undelivered", ErrorCode: "30003", ErrorMessage: "Unreachable destination handset" });
    expect(bot.got[0]!.valid).toBe(true);
    expect(api.message(m.sid)).toMatchObject({ status: "undelivered", error_code: 30003 });
  });
});
