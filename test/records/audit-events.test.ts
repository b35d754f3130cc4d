import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/records/record-audit.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { caseload } from "../../src/staff/caseload.ts";
import { participantHistory } from "../../src/staff/participant-history.ts";
import { resolveAlert } from "../../src/staff/resolve-alert.ts";
import { syncProgram } from "../../src/store/sync-program.ts";
import { withPark } from "../support/program-with-park.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const events = async (where: Record<string, unknown> = {}) => app.db.auditEvent.findMany({ where, orderBy: { id: "asc" } });
const detail = (e: { detail: string }) => JSON.parse(e.detail) as Record<string, unknown>;

describe("the audit log", () => {
  it("records the program sync and the consent the program file gives", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const synced = await events({ action: "program_synced" });
    expect(synced).toHaveLength(1);
    expect(synced[0]).toMatchObject({ actorKind: "system", actorId: "sync", via: "program_file", participantId: null });
    expect(detail(synced[0]!)).toMatchObject({ participantsAdded: 3, unchanged: 0 });
    const granted = await events({ action: "consent_granted" });
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.every((e) => e.actorId === "sync" && e.via === "program_file")).toBe(true);
    expect(granted.map((e) => e.participantId)).toContain("p-001");
    // Synced again unchanged: nothing to record. A change by the CLI is recorded as such.
    await syncProgram(app.db, testProgram(), app.clock.now);
    expect(await app.db.auditEvent.count({ where: { action: "program_synced" } })).toBe(1);
    await syncProgram(app.db, testProgram((y) => y.replace("name: Sam", "name: Samuel")), app.clock.now, { via: "cli" });
    const again = await events({ action: "program_synced" });
    expect(again).toHaveLength(2);
    expect(again[1]).toMatchObject({ via: "cli" });
    expect(detail(again[1]!)).toMatchObject({ changes: 1, participantsUpdated: 1 });
  });

  it("records STOP and START as consent changes by the participant, without their words", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await app.local.receive("p-001", "STOP");
    await app.local.receive("p-001", "START");
    const changes = await events({ participantId: "p-001", actorKind: "participant" });
    expect(changes.map((e) => [e.action, e.actorId, e.via])).toEqual([
      ["consent_revoked", "p-001", "local"],
      ["consent_granted", "p-001", "local"],
    ]);
    // In the local console STOP stops every channel.
    expect(detail(changes[0]!)).toMatchObject({ keyword: "stop", source: "keyword", channels: expect.arrayContaining(["local", "sms"]) });
  });

  it("records a carrier opt-out as a consent change by the provider", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const prompt = await app.db.outbox.findFirstOrThrow({ where: { kind: "prompt", recipientId: "p-002" } });
    await app.engine.recordDelivery({ channel: "local", providerId: "SMp2", idempotencyKey: prompt.idempotencyKey, status: "failed", failure: "recipient_opted_out", providerCode: "21610" });
    const revoked = await events({ action: "consent_revoked" });
    expect(revoked.map((e) => [e.participantId, e.actorKind, e.actorId, e.via])).toEqual([["p-002", "system", "provider", "local"]]);
  });

  it("records acknowledging, resolving, a refusal and a re-escalation of an alert, never the participant's text", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program: testProgram(withPark) });
    const crisis = "i want to kill myself tonight";
    await app.local.receive("p-001", crisis);
    const esc = await app.db.escalation.findFirstOrThrow();
    await app.advanceTo("2026-11-24T10:05:00-06:00");
    expect(await events({ action: "escalation_reescalated" })).toEqual([expect.objectContaining({ escalationId: esc.id, participantId: "p-001", actorKind: "system", via: "job" })]);

    expect((await acknowledgeAlert(app.engine.ctx, esc.code, { counselorId: "c-park", via: "console" })).kind).toBe("refused");
    await app.local.receive("c-rivera", `ACK ${esc.code}`);
    expect((await resolveAlert(app.engine.ctx, esc.code, { counselorId: "c-rivera", via: "cli" }, { note: "called her, safe at home" })).kind).toBe("done");
    const staff = await events({ actorKind: "staff" });
    expect(staff.map((e) => [e.action, e.actorId, e.via, e.escalationId, e.participantId])).toEqual([
      ["escalation_action_refused", "c-park", "console", esc.id, "p-001"],
      ["escalation_acknowledged", "c-rivera", "local", esc.id, "p-001"],
      ["escalation_resolved", "c-rivera", "cli", esc.id, "p-001"],
    ]);
    expect(detail(staff[0]!)).toMatchObject({ tried: "acknowledge", reason: "not_involved" });
    expect(detail(staff[2]!)).toMatchObject({ code: esc.code, note: true });
    // Codes and counts only: neither the participant's words nor the counselor's note.
    const all = JSON.stringify(await events());
    expect(all).not.toContain("kill");
    expect(all).not.toContain("safe at home");
  });

  it("records every counselor lookup of a participant: history (refused and unknown too) and caseload", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program: testProgram(withPark) });
    await participantHistory(app.db, "c-rivera", "p-001", app.clock.now, { via: "console" });
    await participantHistory(app.db, "c-park", "p-001", app.clock.now, { via: "cli" });
    await participantHistory(app.db, "c-rivera", "p-999", app.clock.now, { via: "cli" });
    const viewed = await events({ action: "participant_viewed" });
    expect(viewed.map((e) => [e.actorId, e.participantId, e.via, detail(e).outcome])).toEqual([
      ["c-rivera", "p-001", "console", "history"],
      ["c-park", "p-001", "cli", "refused"],
      ["c-rivera", null, "cli", "not_found"],
    ]);
    await caseload(app.db, "c-rivera", app.clock.now, { via: "cli" });
    await caseload(app.db, "c-park", app.clock.now, { via: "cli" });
    const seen = await events({ action: "caseload_viewed" });
    expect(seen.map((e) => [e.actorId, e.participantId])).toEqual([
      ["c-rivera", "p-001"],
      ["c-rivera", "p-002"],
      ["c-park", null],
    ]);
  });

  it("records inbox READ and REPLY", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await app.local.receive("p-001", "can someone call me about my ride on thursday");
    const item = await app.db.inboxItem.findFirstOrThrow();
    await app.local.receive("c-rivera", `READ ${item.code}`);
    await app.local.receive("c-rivera", `REPLY ${item.code} yes, this afternoon`);
    expect((await events({ actorKind: "staff" })).map((e) => [e.action, e.actorId, e.participantId, detail(e).outcome])).toEqual([
      ["inbox_item_read", "c-rivera", "p-001", "done"],
      ["inbox_item_answered", "c-rivera", "p-001", "done"],
    ]);
  });

  it("is append-only: the database refuses to change or remove an event", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await recordAudit(app.db, { at: app.clock.now, actorKind: "system", actorId: "test", action: "retention_run", via: "job" });
    const e = await app.db.auditEvent.findFirstOrThrow({ where: { actorId: "test" } });
    // Prisma reports SQLite's trigger abort as a constraint error; the statement is refused either way.
    await expect(app.db.auditEvent.update({ where: { id: e.id }, data: { actorId: "someone-else" } })).rejects.toThrow();
    await expect(app.db.auditEvent.deleteMany({})).rejects.toThrow();
    await expect(app.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = 'someone-else'`)).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = '${e.id}'`)).rejects.toThrow(/append-only/);
    expect(await app.db.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).toEqual(e);
  });
});
