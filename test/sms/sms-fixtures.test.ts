import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  inboundSmsParams,
  postSignedForm,
  rebaseUrl,
  signTwilioRequest,
  TEST_ACCOUNT_SID,
  TEST_AUTH_TOKEN,
  TEST_MESSAGING_SERVICE_SID,
  type Tamper,
} from "../support/signed-webhook.ts";

const DIR = path.join(import.meta.dirname, "../fixtures/sms");
const fixture = (name: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8"));
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith(".json"));
const INBOUND_URL = "https://bot.example/sms/inbound";

describe("recorded SMS payloads", () => {
  it.each(FILES)("%s is fictional Twilio form data", (file) => {
    const params = fixture(file);
    for (const value of Object.values(params)) expect(typeof value).toBe("string");
    expect(params.AccountSid).toBe(TEST_ACCOUNT_SID);
    expect(params.MessageSid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(params.SmsSid).toBe(params.MessageSid);
    for (const n of [params.From, params.To]) expect(n).toMatch(/^\+131255501\d\d$/);
    expect(twilio.validateRequest(TEST_AUTH_TOKEN, signTwilioRequest(TEST_AUTH_TOKEN, INBOUND_URL, params), INBOUND_URL, params)).toBe(true);
  });

  it("inboundSmsParams builds the same fields, in the same order, as the recorded ones", () => {
    const built = inboundSmsParams({ from: "+13125550111", to: "+13125550199", body: "Doing ok" });
    expect(Object.keys(built)).toEqual(Object.keys(fixture("inbound-sms.json")));
    const stop = inboundSmsParams({ from: "+13125550112", body: "Stop", optOutType: "STOP", messagingServiceSid: TEST_MESSAGING_SERVICE_SID });
    expect(Object.keys(stop)).toEqual(Object.keys(fixture("inbound-stop-opt-out.json")));
    expect(stop).toMatchObject({ OptOutType: "STOP", SmsStatus: "received", NumMedia: "0", FromCity: "CHICAGO" });
    expect(built.MessageSid).not.toBe(stop.MessageSid);
  });
});

describe("postSignedForm", () => {
  let server: http.Server;
  let target: (url: string) => string;
  beforeAll(async () => {
    // Validates like a proxy-aware bot: against the public URL, not the one it was reached on.
    server = http.createServer(async (req, res) => {
      let body = "";
      for await (const c of req) body += String(c);
      const params = Object.fromEntries(new URLSearchParams(body));
      const ok = twilio.validateRequest(TEST_AUTH_TOKEN, String(req.headers["x-twilio-signature"] ?? ""), `https://bot.example${req.url}`, params);
      res.writeHead(ok ? 200 : 403, { "content-type": "text/xml" }).end(ok ? "<Response/>" : "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    target = rebaseUrl("https://bot.example", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (tamper?: Tamper) => postSignedForm({ target: target(INBOUND_URL), publicUrl: INBOUND_URL, authToken: TEST_AUTH_TOKEN, params: fixture("inbound-emoji.json"), tamper });

  it("is accepted when untouched", async () => {
    expect(await post()).toMatchObject({ status: 200, body: "<Response/>" });
  });

  it.each<Tamper>(["body", "extra-param", "signature", "omit-signature", "wrong-url", (p) => ({ ...p, From: "+13125550150" })])("fails validation when tampered (%s)", async (tamper) => {
    expect((await post(tamper)).status).toBe(403);
  });
});
