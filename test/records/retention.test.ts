import { afterEach, describe, expect, it } from "vitest";
import { retentionJobId } from "../../src/schedule/plan-retention.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const NOW = "2026-11-24T10:00:00-06:00";
const daysAgo = (n: number) => new Date(new Date(NOW).getTime() - n * 86_400_000);

/** Forty days of history, written as the flow leaves it: p-001 done with, p-002 with an alert still open. */
async function oldHistory(): Promise<void> {
  const old = daysAgo(40);
  const answers = { mood: 6, craving: 2, meeting: true, note: "rough day at work" };
  await app.db.checkIn.create({
    data: {
      id: "ci-old",
      participantId: "p-001",
      localDate: "2026-10-15",
      status: "complete",
      promptAt: old,
      nudgeAt: old,
      expiresAt: old,
      lastReplyAt: old,
      closedAt: old,
      stateJson: JSON.stringify({ v: 1, index: 4, answers, attempts: 0, replied: true, paused: false, alerted: [], clarifying: false }),
      answersJson: JSON.stringify(answers),
      mood: 6,
      craving: 2,
      meeting: true,
      note: "rough day at work",
    },
  });
  const inbound = (id: string, ownerId: string, text: string, at: Date) =>
    app.db.inbound.create({ data: { channel: "local", providerId: id, address: ownerId, ownerKind: "participant", ownerId, text, receivedAt: at, riskLevel: "none" } });
  await inbound("in-old", "p-001", "rough day at work", old);
  await inbound("in-recent", "p-001", "better this week", daysAgo(10));
  await inbound("in-held", "p-002", "words an open alert still needs", old);
  const outbox = (id: string, recipientId: string, status: string, text: string) =>
    app.db.outbox.create({
      data: { id, idempotencyKey: id, channel: "local", address: recipientId, recipientKind: "participant", recipientId, kind: "reply", text, status, dueAt: old, createdAt: old },
    });
  await outbox("out-old", "p-001", "sent", "Thanks for checking in, Sam.");
  await outbox("out-pending", "p-001", "pending", "A message still waiting to go.");
  await outbox("out-held", "p-002", "sent", "Thanks for checking in, Alex.");
  await app.db.escalation.create({
    data: { id: "esc-old", code: "1111", participantId: "p-001", level: "urgent", reasonsJson: "[]", source: "checkin", excerpt: "rough day", status: "resolved", createdAt: old, resolvedAt: old, resolvedBy: "c-rivera" },
  });
  await app.db.escalation.create({
    data: { id: "esc-open", code: "2222", participantId: "p-002", level: "urgent", reasonsJson: "[]", source: "checkin", excerpt: "still needed", status: "acknowledged", createdAt: old },
  });
  await app.db.staffAction.create({ data: { escalationId: "esc-open", code: "2222", counselorId: "c-rivera", action: "acknowledge", outcome: "done", via: "sms", note: "will call tomorrow", at: old } });
  await app.db.staffAction.create({ data: { escalationId: "esc-old", code: "1111", counselorId: "c-rivera", action: "resolve", outcome: "done", via: "sms", note: "called her, safe at home", at: old } });
  await app.db.inboxItem.create({
    data: { id: "ib-old", code: "3333", participantId: "p-001", counselorId: "c-rivera", channel: "local", providerId: "in-old", kind: "message", text: "rough day at work", riskLevel: "none", status: "read", createdAt: old },
  });
  await app.db.screening.create({ data: { id: "sc-old", participantId: "p-001", text: "so tired of all this", reasonsJson: "[]", status: "answered", askedAt: old } });
}

describe("retention (RETENTION_DAYS)", () => {
  it("blanks text older than the period once a day, keeps rows and check-in values, and keeps what an open alert needs", async () => {
    app = await startTestApp({ at: NOW, retentionDays: 30 });
    await oldHistory();
    await app.tick();

    const checkIn = await app.db.checkIn.findUniqueOrThrow({ where: { id: "ci-old" } });
    expect(checkIn).toMatchObject({ status: "complete", mood: 6, craving: 2, meeting: true, note: null });
    expect(JSON.parse(checkIn.answersJson)).toEqual({ mood: 6, craving: 2, meeting: true, note: null });
    expect(JSON.parse(checkIn.stateJson).answers).toEqual({ mood: 6, craving: 2, meeting: true, note: null });
    const text = async (providerId: string) => (await app.db.inbound.findFirstOrThrow({ where: { providerId } })).text;
    expect(await text("in-old")).toBe("");
    expect(await text("in-recent")).toBe("better this week");
    expect(await text("in-held")).toBe("words an open alert still needs");
    const out = async (id: string) => (await app.db.outbox.findUniqueOrThrow({ where: { id } })).text;
    expect(await out("out-old")).toBe("");
    expect(await out("out-pending")).toBe("A message still waiting to go.");
    expect(await out("out-held")).toBe("Thanks for checking in, Alex.");
    expect((await app.db.escalation.findUniqueOrThrow({ where: { id: "esc-old" } })).excerpt).toBeNull();
    expect((await app.db.escalation.findUniqueOrThrow({ where: { id: "esc-open" } })).excerpt).toBe("still needed");
    expect((await app.db.staffAction.findFirstOrThrow({ where: { code: "1111" } })).note).toBeNull();
    expect((await app.db.staffAction.findFirstOrThrow({ where: { code: "2222" } })).note).toBe("will call tomorrow");
    expect((await app.db.inboxItem.findUniqueOrThrow({ where: { id: "ib-old" } })).text).toBe("");
    expect((await app.db.screening.findUniqueOrThrow({ where: { id: "sc-old" } })).text).toBe("");

    const runs = await app.db.auditEvent.findMany({ where: { action: "retention_run" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ actorKind: "system", actorId: "retention", via: "job" });
    expect(JSON.parse(runs[0]!.detail)).toMatchObject({ days: 30, heldParticipants: 1, inbound: 1, outbox: 1, checkInNotes: 1, inboxItems: 1, escalationExcerpts: 1, screenings: 1, staffNotes: 1 });
    expect(await app.db.job.findUniqueOrThrow({ where: { id: retentionJobId("2026-11-24") } })).toMatchObject({ kind: "retention", status: "done" });

    // Once a day: later ticks today run nothing; tomorrow's job runs at 03:00, and the held text goes once the alert is resolved.
    await app.tick();
    expect(await app.db.auditEvent.count({ where: { action: "retention_run" } })).toBe(1);
    await app.db.escalation.update({ where: { id: "esc-open" }, data: { status: "resolved", resolvedAt: app.clock.now } });
    await app.advanceTo("2026-11-25T02:59:00-06:00");
    expect(await app.db.auditEvent.count({ where: { action: "retention_run" } })).toBe(1);
    await app.advanceTo("2026-11-25T03:01:00-06:00");
    expect(await app.db.auditEvent.count({ where: { action: "retention_run" } })).toBe(2);
    expect(await text("in-held")).toBe("");
    expect((await app.db.staffAction.findFirstOrThrow({ where: { code: "2222" } })).note).toBeNull();
  });

  it("keeps everything when no retention period is set", async () => {
    app = await startTestApp({ at: NOW });
    await oldHistory();
    await app.advanceTo("2026-11-25T04:00:00-06:00");
    expect(await app.db.job.count({ where: { kind: "retention" } })).toBe(0);
    expect((await app.db.inbound.findFirstOrThrow({ where: { providerId: "in-old" } })).text).toBe("rough day at work");
    expect((await app.db.checkIn.findUniqueOrThrow({ where: { id: "ci-old" } })).note).toBe("rough day at work");
  });
});
