import { afterEach, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/records/record-audit.ts";
import { retentionJobId } from "../../src/schedule/plan-retention.ts";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

const apps: TestApp[] = [];
let db: FreshDatabase | null = null;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  await db?.drop();
  db = null;
});

const NOW = "2026-11-24T10:00:00-06:00";

describe("records on PostgreSQL", () => {
  it("the audit log is append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    db = await freshPostgres();
    const app = await startTestApp({ at: NOW, database: db });
    apps.push(app);
    await recordAudit(app.db, { at: app.clock.now, actorKind: "system", actorId: "test", action: "retention_run", via: "job" });
    const e = await app.db.auditEvent.findFirstOrThrow({ where: { actorId: "test" } });
    await expect(app.db.auditEvent.update({ where: { id: e.id }, data: { actorId: "someone-else" } })).rejects.toThrow(/append-only/);
    await expect(app.db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(app.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await app.db.auditEvent.findUniqueOrThrow({ where: { id: e.id } })).toEqual(e);
  });

  it("two instances run the day's retention job once; a dead instance's claim lapses", async () => {
    db = await freshPostgres();
    const a = await startTestApp({ at: NOW, database: db, retentionDays: 30 });
    const b = await startTestApp({ at: NOW, database: db, retentionDays: 30 });
    apps.push(a, b);
    const old = new Date(new Date(NOW).getTime() - 40 * 86_400_000);
    await a.db.inbound.create({ data: { channel: "local", providerId: "in-old", address: "p-001", ownerKind: "participant", ownerId: "p-001", text: "rough day", receivedAt: old, riskLevel: "none" } });
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const runs = await a.db.auditEvent.findMany({ where: { action: "retention_run" } });
    expect(runs).toHaveLength(1);
    expect(JSON.parse(runs[0]!.detail)).toMatchObject({ inbound: 1 });
    expect((await a.db.inbound.findFirstOrThrow({ where: { providerId: "in-old" } })).text).toBe("");

    // Tomorrow's job, claimed at 03:00 by an instance that then died: nobody runs it while the
    // claim holds, and the next instance to look after it lapses does.
    for (const app of [a, b]) app.clock.set("2026-11-25T03:00:00-06:00");
    const id = retentionJobId("2026-11-25");
    await a.db.job.update({ where: { id }, data: { claimToken: "dead-instance", claimedUntil: new Date(a.clock.now.getTime() + 5 * 60_000), attempts: 1 } });
    await Promise.all([a.tick(), b.tick()]);
    expect(await a.db.auditEvent.count({ where: { action: "retention_run" } })).toBe(1);
    for (const app of [a, b]) app.clock.set("2026-11-25T03:06:00-06:00");
    await Promise.all([a.tick(), b.tick()]);
    expect(await a.db.auditEvent.count({ where: { action: "retention_run" } })).toBe(2);
    expect(await a.db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "done" });
  });
});
