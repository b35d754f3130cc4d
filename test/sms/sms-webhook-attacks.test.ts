import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSignedForm, TEST_AUTH_TOKEN } from "../support/signed-webhook.ts";
import { PUBLIC_BASE, startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { smsSegments } from "../../src/text/index.ts";

const SAM = "+13125550111";
const STRANGER = "+13125550177";

let h: SmsHarness;
beforeAll(async () => {
  h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
});
afterAll(async () => {
  await h.dispose();
});

const stored = () => h.app.db.inbound.count();
const messages = (xml: string) => [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1]!);

describe("the SMS webhook refuses what Twilio did not send", () => {
  it.each([
    ["a forged signature", "signature"],
    ["a valid signature over a changed body", "body"],
    ["an extra parameter the signature does not cover", "extra-param"],
    ["a missing signature", "omit-signature"],
    ["a signature over the URL Node sees instead of the public one", "wrong-url"],
  ] as const)("%s gets 403 and nothing is stored", async (_name, tamper) => {
    const before = await stored();
    const r = await h.text({ from: SAM, body: "I want to kill myself" }, { tamper });
    expect(r.status).toBe(403);
    expect(await stored()).toBe(before);
    expect(await h.app.db.escalation.count()).toBe(0);
  });

  it("a request signed for another account gets 400 even with a valid signature", async () => {
    const r = await h.text({ from: SAM, body: "7", accountSid: "ACDEADBEEFDEADBEEFDEADBEEFDEADBEEF" });
    expect(r.status).toBe(400);
  });

  it("a signed body missing MessageSid, From or Body gets 400 and nothing is stored", async () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../fixtures/sms/inbound-sms.json"), "utf8")) as Record<string, string>;
    const post = (params: Record<string, string>) => postSignedForm({ target: `${h.base}/sms/inbound`, publicUrl: `${PUBLIC_BASE}/sms/inbound`, authToken: TEST_AUTH_TOKEN, params });
    const before = await stored();
    for (const drop of ["MessageSid", "From", "Body"]) {
      const bad = await post(Object.fromEntries(Object.entries(fixture).filter(([k]) => k !== drop)));
      expect(bad.status, drop).toBe(400);
    }
    expect(await stored()).toBe(before);
    expect((await post(fixture)).status).toBe(200); // the recorded payload itself is accepted
    expect(await stored()).toBe(before + 1);
  });

  it("a 1 MB body gets 413 without being read whole", async () => {
    const r = await h.text({ from: SAM, body: "x" }, { rawBody: `Body=${"a".repeat(1024 * 1024)}` });
    expect(r.status).toBe(413);
  });

  it("bytes that are not UTF-8, a broken escape, a repeated field or another content type get 400/415", async () => {
    expect((await h.text({ from: SAM, body: "x" }, { rawBody: Buffer.from([0x42, 0x6f, 0x64, 0x79, 0x3d, 0xff, 0xfe]) })).status).toBe(400);
    expect((await h.text({ from: SAM, body: "x" }, { rawBody: "Body=%E0%A4%A" })).status).toBe(400);
    expect((await h.text({ from: SAM, body: "x" }, { rawBody: "Body=%C3%28" })).status).toBe(400);
    expect((await h.text({ from: SAM, body: "x" }, { rawBody: "Body=a&Body=b" })).status).toBe(400);
    expect((await h.text({ from: SAM, body: "x" }, { headers: { "content-type": "application/json" } })).status).toBe(415);
  });

  it("a replayed request has no second effect", async () => {
    const sms = { from: SAM, body: "I relapsed", messageSid: "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1" };
    const first = await h.text(sms);
    const replay = await h.text(sms);
    expect([first.status, replay.status]).toEqual([200, 200]);
    // The same answer again and nothing else (a webhook comes again when its answer was lost):
    // the replayed request already held the text it answers.
    expect(messages(replay.body)).toEqual(messages(first.body));
    expect(await h.app.db.inbound.count({ where: { providerId: sms.messageSid } })).toBe(1);
    expect(await h.app.db.escalation.count({ where: { participantId: "p-001", level: "urgent" } })).toBe(1);
  });

  it("emoji-only text gets a plain one-segment answer", async () => {
    const r = await h.text({ from: SAM, body: "🙂👍" });
    expect(r.status).toBe(200);
    const [reply] = messages(r.body);
    expect(reply).toBeTruthy();
    expect(smsSegments(reply!).segments).toBe(1);
  });

  it("a number that is not enrolled gets a polite pointer to the front desk and nothing about anyone", async () => {
    const r = await h.text({ from: STRANGER, body: "who is this? is Sam in your program?" });
    const [reply] = messages(r.body);
    expect(reply).toContain("555-0100");
    for (const name of ["Sam", "Lucía", "Alex", "p-001", "Rivera", "Lakeside Evening"]) expect(reply).not.toContain(name);
  });

  it("GET and unknown paths are not webhooks", async () => {
    expect((await fetch(`${h.base}/sms/inbound`)).status).toBe(404);
    expect((await fetch(`${h.base}/sms/other`, { method: "POST" })).status).toBe(404);
  });

  it("log lines carry no phone number and no message text", async () => {
    const all = h.app.logs.join("\n");
    expect(all).toContain("sms_webhook_refused");
    expect(all).not.toMatch(/555\d{4}|kill|relapsed|Sam/);
  });
});
