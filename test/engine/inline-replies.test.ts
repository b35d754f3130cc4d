import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

const crisis = (providerId: string, at: Date) => ({ conversation: { kind: "direct" as const }, channel: "local" as const, providerId, from: "p-001", text: "I want to kill myself", receivedAt: at });

describe("replies an adapter answers inline (TwiML)", () => {
  it("held replies are recorded as sent inline and never also sent through the channel", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.engine.handleInbound(crisis("SM-inline-1", app.clock.now));
    expect(r.replies[0]?.text).toContain("988");
    expect(app.inbox("p-001")).toEqual([]); // held, not sent
    expect(await r.settle("inline")).toBe(true);
    expect(await r.settle("send")).toBe(false); // once only
    await app.engine.idle();
    expect(app.inbox("c-rivera")).toHaveLength(1); // the alert went out after the answer
    const row = await app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-001" } });
    expect(row).toMatchObject({ status: "sent", providerId: "inline", claimToken: null });
    app.clock.advance(5);
    await app.tick();
    expect(app.inbox("p-001")).toEqual([]);
  });

  it("replies not answered inline in time go out through the channel, once", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.engine.handleInbound(crisis("SM-inline-2", app.clock.now));
    expect(await r.settle("send")).toBe(true);
    expect(await r.settle("inline")).toBe(false);
    await app.engine.idle();
    expect(app.inbox("p-001")).toHaveLength(1);
    app.clock.advance(5);
    await app.tick();
    expect(app.inbox("p-001")).toHaveLength(1);
  });

  it("an inline answer is refused once the hold lapsed and a dispatcher sent the reply", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.engine.handleInbound(crisis("SM-inline-3", app.clock.now));
    app.clock.advance(2); // the adapter's process stalled past the claim
    await app.tick();
    expect(app.inbox("p-001")).toHaveLength(1);
    expect(await r.settle("inline")).toBe(false);
    expect(await r.settle("send")).toBe(true);
    expect(app.inbox("p-001")).toHaveLength(1);
  });

  it("a plain check-in answer recorded inline (the SQLite fast path) still tells that the check-in is complete", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const msg = { conversation: { kind: "direct" as const }, channel: "sms" as const, providerId: "SM-inline-5", from: "+13125550111", text: "7, 2, yes", receivedAt: app.clock.now };
    const r = await app.engine.handleInbound(msg);
    expect(await r.settle("inline")).toBe(true);
    const row = await app.db.outbox.findFirstOrThrow({ where: { recipientId: "p-001", channel: "sms" } });
    expect(row).toMatchObject({ providerId: "inline", kind: "reply", purpose: null });
    expect(app.events).toContainEqual(expect.objectContaining({ type: "checkin", participant: "p-001", mood: 7, craving: 2, complete: true, status: "complete" }));
  });

  it("a webhook that comes again gets the replies recorded as sent in the first answer (that answer may have been lost), once stored", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const sms = (providerId: string, text: string) => ({ conversation: { kind: "direct" as const }, channel: "sms" as const, providerId, from: "+13125550111", text, receivedAt: app!.clock.now });
    // The general path (a keyword) and the fast path (a plain check-in answer).
    for (const [id, text] of [["SM-again-1", "HELP"], ["SM-again-2", "7, 2, yes"]] as const) {
      const first = await app.engine.handleInbound(sms(id, text));
      expect(await first.settle("inline")).toBe(true);
      const again = await app.engine.handleInbound(sms(id, text));
      expect(again.duplicate).toBe(true);
      expect(again.replies.map((r) => r.text)).toEqual(first.replies.map((r) => r.text));
      expect(again.replies.length).toBeGreaterThan(0);
      expect(await again.settle("inline")).toBe(true);
    }
    // Replies that went through the API are not given again.
    const sent = await app.engine.handleInbound(sms("SM-again-3", "what time is group"));
    expect(sent.replies.length).toBeGreaterThan(0);
    expect(await sent.settle("send")).toBe(true);
    const again = await app.engine.handleInbound(sms("SM-again-3", "what time is group"));
    expect(again).toMatchObject({ duplicate: true, replies: [] });
    expect(await app.db.inbound.count({ where: { providerId: { startsWith: "SM-again-" } } })).toBe(3);
  });

  it("a crisis text that comes again gets the crisis reply given in the first answer again, and pages nobody again", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const first = await app.engine.handleInbound(crisis("SM-inline-4", app.clock.now));
    expect(await first.settle("inline")).toBe(true);
    await app.engine.idle();
    const again = await app.engine.handleInbound(crisis("SM-inline-4", app.clock.now));
    expect(again.duplicate).toBe(true);
    expect(again.replies.map((r) => r.text)).toEqual(first.replies.map((r) => r.text));
    expect(again.replies[0]?.text).toContain("988");
    expect(await again.settle("inline")).toBe(true);
    await app.engine.idle();
    expect(await app.db.escalation.count()).toBe(1);
    expect(app.inbox("c-rivera")).toHaveLength(1);
    // Sent through the channel the first time: a repeat gets nothing, and nothing is sent again.
    const sent = await app.engine.handleInbound(crisis("SM-inline-6", app.clock.now));
    expect(await sent.settle("send")).toBe(true);
    const repeat = await app.engine.handleInbound(crisis("SM-inline-6", app.clock.now));
    expect(repeat).toMatchObject({ duplicate: true, replies: [] });
    expect(await repeat.settle("send")).toBe(true);
    await app.engine.idle();
    expect(app.inbox("p-001")).toHaveLength(1);
  });
});

describe("delivery reports", () => {
  it("move a row forward only, and an undeliverable alert moves the escalation on now", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await app.local.receive("p-001", "I want to kill myself");
    const alert = await app.db.outbox.findFirstOrThrow({ where: { kind: "alert", recipientId: "c-rivera" } });
    const job = await app.db.job.findFirstOrThrow({ where: { kind: "reescalate" } });
    expect(job.dueAt.getTime()).toBeGreaterThan(app.clock.now.getTime());
    const base = { channel: "local" as const, providerId: "SMalert1", idempotencyKey: alert.idempotencyKey };
    expect(await app.engine.recordDelivery({ ...base, status: "queued" })).toBe("updated");
    expect(await app.engine.recordDelivery({ ...base, status: "queued" })).toBe("ignored");
    expect(await app.engine.recordDelivery({ ...base, status: "undelivered", failure: "provider_permanent", providerCode: "30003" })).toBe("updated");
    expect(await app.engine.recordDelivery({ ...base, status: "sent" })).toBe("ignored"); // late, out of order
    expect(await app.db.outbox.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({ status: "undelivered", providerId: "SMalert1", lastError: "provider_permanent" });
    expect((await app.db.job.findUniqueOrThrow({ where: { id: job.id } })).dueAt).toEqual(app.clock.now);
  });

  it("a carrier opt-out reported later opts the participant out of that channel, with a consent record", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const prompt = await app.db.outbox.findFirstOrThrow({ where: { kind: "prompt", recipientId: "p-001" } });
    expect(await app.engine.recordDelivery({ channel: "local", providerId: "SMp1", idempotencyKey: prompt.idempotencyKey, status: "delivered" })).toBe("updated");
    expect(await app.db.outbox.findUniqueOrThrow({ where: { id: prompt.id } })).toMatchObject({ status: "delivered" });
    expect(await app.engine.recordDelivery({ channel: "local", providerId: "SMnone", status: "failed", failure: "recipient_opted_out" })).toBe("unknown");
    expect(await app.engine.recordDelivery({ channel: "sms", providerId: "SMp1", idempotencyKey: prompt.idempotencyKey, status: "failed" })).toBe("unknown"); // wrong channel
    const other = await app.db.outbox.findFirstOrThrow({ where: { kind: "prompt", recipientId: "p-002" } });
    expect(await app.engine.recordDelivery({ channel: "local", providerId: "SMp2", idempotencyKey: other.idempotencyKey, status: "failed", failure: "recipient_opted_out", providerCode: "21610" })).toBe("updated");
    expect((await app.db.address.findFirstOrThrow({ where: { channel: "local", ownerId: "p-002" } })).optedOutAt).not.toBeNull();
    expect(await app.db.consentEvent.count({ where: { participantId: "p-002", action: "opt_out", source: "provider" } })).toBe(1);
  });
});
