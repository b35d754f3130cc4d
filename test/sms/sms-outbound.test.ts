import { afterEach, describe, expect, it } from "vitest";
import { fakeSid, postSignedForm, TEST_ACCOUNT_SID, TEST_AUTH_TOKEN, TEST_MESSAGING_SERVICE_SID } from "../support/signed-webhook.ts";
import { PUBLIC_BASE, startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";

const SAM = "+13125550111";
const LUCIA = "+13125550112";
const RIVERA = "+13125550101";
const LEE = "+13125550102";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

const promptRow = (pid: string) => h!.app.db.outbox.findFirstOrThrow({ where: { kind: "prompt", recipientId: pid } });

describe("sending SMS through the twilio client", () => {
  it("each message carries its idempotency key; status callbacks move the row to delivered", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00", fake: { statusCallbacks: "auto" } });
    await h.app.tick();
    await h.fake.idle();
    const row = await promptRow("p-001");
    const sent = h.fake.delivered().find((r) => r.to === SAM && r.idempotencyKey === row.idempotencyKey);
    expect(sent?.from).toBe("+13125550199");
    expect(row).toMatchObject({ status: "delivered", providerId: sent!.sid, attempts: 1 });
    expect(row.deliveredAt).not.toBeNull();
    expect(h.fake.callbacks.every((c) => c.httpStatus === 200)).toBe(true);
  });

  it("a Messaging Service SID is used instead of a From number when configured", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00", sender: { messagingServiceSid: TEST_MESSAGING_SERVICE_SID } });
    await h.app.tick();
    const r = h.fake.delivered()[0]!;
    expect(r.messagingServiceSid).toBe(TEST_MESSAGING_SERVICE_SID);
    expect(r.from).toBeNull();
  });

  it.each(["too-many-requests", "server-error", "unavailable", "drop"] as const)("%s is retried with backoff and sent once", async (failure) => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00" });
    h.fake.failWhen((r) => r.to === SAM, failure);
    await h.app.tick();
    expect(await promptRow("p-001")).toMatchObject({ status: "pending", attempts: 1, lastError: "provider_transient" });
    expect(h.textsTo(LUCIA)).toHaveLength(1); // one recipient's trouble holds nobody else up
    h.fake.clear();
    h.app.clock.advance(1);
    await h.app.tick();
    expect(await promptRow("p-001")).toMatchObject({ status: "sent", attempts: 2 });
    expect(h.textsTo(SAM)).toHaveLength(1);
  });

  it("a lost 201 resent after a timeout is recognised by its key and harmless", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00" });
    h.fake.failNext(1, { hang: 2_500, accepted: true });
    await h.app.tick();
    h.app.clock.advance(1);
    await h.app.tick();
    expect(h.fake.resends()).toHaveLength(1);
    expect(h.fake.delivered().filter((r) => r.idempotencyKey === h!.fake.resends()[0]!.idempotencyKey)).toHaveLength(1);
  });

  it("a permanent error (invalid number) is not retried", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00" });
    h.fake.failWhen((r) => r.to === SAM, "invalid-to");
    await h.app.tick();
    h.app.clock.advance(60);
    await h.app.tick();
    expect(await promptRow("p-001")).toMatchObject({ status: "failed", attempts: 1, lastError: "provider_permanent" });
    expect(h.fake.rejected.filter((r) => r.to === SAM)).toHaveLength(1);
  });

  it("error 21610 (opted out at the carrier) opts the participant out of SMS, on send or in a later report", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00" });
    h.fake.failWhen((r) => r.to === SAM, "unsubscribed");
    await h.app.tick();
    expect(await promptRow("p-001")).toMatchObject({ status: "failed", lastError: "recipient_opted_out" });
    const sam = await h.app.db.address.findFirstOrThrow({ where: { channel: "sms", ownerId: "p-001" } });
    expect(sam.optedOutAt).not.toBeNull();

    const lucia = h.fake.delivered().find((r) => r.to === LUCIA)!;
    expect(await h.fake.sendStatus(lucia.sid, "failed", { errorCode: 21610 })).toBe(200);
    expect(await promptRow("p-002")).toMatchObject({ status: "failed", lastError: "recipient_opted_out" });
    expect((await h.app.db.address.findFirstOrThrow({ where: { channel: "sms", ownerId: "p-002" } })).optedOutAt).not.toBeNull();
    expect(await h.app.db.consentEvent.count({ where: { action: "opt_out", source: "provider", channel: "sms" } })).toBe(2);

    h.fake.clear();
    await h.app.advanceTo("2026-11-25T18:30:00-06:00");
    expect(h.fake.delivered().filter((r) => r.to === SAM || r.to === LUCIA)).toEqual([]);
  });

  it("an alert reported undelivered moves the escalation to the next person now", async () => {
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
    await h.text({ from: SAM, body: "I relapsed last night" });
    await h.app.engine.idle();
    const alert = h.fake.delivered().find((r) => r.to === RIVERA)!;
    expect(alert.body).toMatch(/^Steady: urgent alert for p-001\. Reply ACK \d{4}\.$/);
    expect(await h.fake.sendStatus(alert.sid, "undelivered", { errorCode: 30003 })).toBe(200);
    await h.app.tick();
    expect(h.textsTo(LEE)).toHaveLength(1);
    // Jordan Lee had not been alerted before: a first alert, not "still open".
    expect(h.textsTo(LEE)[0]).toMatch(/^Steady: urgent alert for p-001\. Reply ACK \d{4}\.$/);
  });

  it("status callbacks for unknown messages are accepted and change nothing; unsigned ones are refused", async () => {
    h = await startSmsHarness({ at: "2026-11-24T18:00:00-06:00" });
    await h.app.tick();
    const sid = h.fake.delivered()[0]!.sid;
    const status = (params: Record<string, string>, sign = true) =>
      postSignedForm({ target: `${h!.base}/sms/status`, publicUrl: `${PUBLIC_BASE}/sms/status`, authToken: TEST_AUTH_TOKEN, params, ...(sign ? {} : { tamper: "omit-signature" as const }) });
    const fields = { AccountSid: TEST_ACCOUNT_SID, MessageSid: fakeSid("SM"), MessageStatus: "failed", ErrorCode: "21610", ApiVersion: "2010-04-01" };
    expect((await status(fields)).status).toBe(200);
    expect((await status({ ...fields, MessageSid: sid }, false)).status).toBe(403);
    expect((await status({ ...fields, MessageSid: sid, MessageStatus: "exploded" })).status).toBe(400);
    expect((await h.app.db.outbox.findFirstOrThrow({ where: { providerId: sid } })).status).toBe("sent");
    expect(await h.app.db.address.count({ where: { optedOutAt: { not: null } } })).toBe(0);
  });
});
