import { afterEach, describe, expect, it } from "vitest";
import { caseload } from "../../src/staff/caseload.ts";
import { openAlerts } from "../../src/staff/open-alerts.ts";
import { participantHistory } from "../../src/staff/participant-history.ts";
import { resolveAlert } from "../../src/staff/resolve-alert.ts";
import { withPark } from "../support/program-with-park.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const TUESDAY_10AM = "2026-11-24T10:00:00-06:00";

/** A past check-in as the flow leaves it (the desk only reads these rows). */
async function pastCheckIn(participantId: string, date: string, status: string, answers: { mood?: number; craving?: number; note?: string } = {}): Promise<void> {
  const at = new Date(`${date}T19:00:00-06:00`);
  const answered = answers.mood !== undefined || answers.craving !== undefined;
  await app.db.checkIn.create({
    data: {
      id: `ci-${participantId}-${date}`,
      participantId,
      localDate: date,
      status,
      promptAt: at,
      nudgeAt: at,
      expiresAt: at,
      sentAt: at,
      lastReplyAt: answered ? new Date(at.getTime() + 5 * 60_000) : null,
      closedAt: new Date(at.getTime() + 3 * 3600_000),
      stateJson: "{}",
      mood: answers.mood ?? null,
      craving: answers.craving ?? null,
      note: answers.note ?? null,
    },
  });
}

/** Sam's last two weeks: better the week before, worse this week, then three missed in a row; and a crisis text at 10:00. */
async function samsFortnight(): Promise<string> {
  app = await startTestApp({ at: TUESDAY_10AM, program: testProgram(withPark) });
  await pastCheckIn("p-001", "2026-11-12", "complete", { mood: 6, craving: 2 });
  await pastCheckIn("p-001", "2026-11-14", "complete", { mood: 8, craving: 4 });
  await pastCheckIn("p-001", "2026-11-19", "complete", { mood: 4, craving: 6, note: "rough day at work" });
  for (const d of ["2026-11-21", "2026-11-22", "2026-11-23"]) await pastCheckIn("p-001", d, "missed");
  await pastCheckIn("p-002", "2026-11-23", "complete", { mood: 7, craving: 1 });
  await app.local.receive("p-001", "i want to kill myself");
  return (await app.db.escalation.findFirstOrThrow()).code;
}

describe("the staff desk's readers", () => {
  it("open alerts: each staff member sees those they may act on, and why", async () => {
    const code = await samsFortnight();
    const all = await openAlerts(app.db);
    expect(all).toEqual([expect.objectContaining({ code, level: "crisis", status: "open", participantId: "p-001", reasons: ["suicidal_ideation"], notified: ["c-rivera", "c-lee"] })]);
    expect((await openAlerts(app.db, { for: "c-rivera" })).map((a) => [a.code, a.as])).toEqual([[code, "assigned"]]);
    expect((await openAlerts(app.db, { for: "c-lee" })).map((a) => a.as)).toEqual(["notified"]);
    expect((await openAlerts(app.db, { for: "c-okafor" })).map((a) => a.as)).toEqual(["supervisor"]);
    expect(await openAlerts(app.db, { for: "c-park" })).toEqual([]);
    expect(await openAlerts(app.db, { for: "nobody" })).toEqual([]);
    await resolveAlert(app.engine.ctx, code, { counselorId: "c-rivera", via: "api" });
    expect(await openAlerts(app.db, { for: "c-rivera" })).toEqual([]);
  });

  it("caseload: this week against the week before, the last check-in, the run of missed ones, open alerts", async () => {
    await samsFortnight();
    const rivera = await caseload(app.db, "c-rivera", app.clock.now, { via: "cli" });
    expect(rivera.map((e) => e.participantId)).toEqual(["p-001", "p-002"]);
    expect(rivera[0]).toEqual({
      participantId: "p-001",
      name: "Sam",
      counselorId: "c-rivera",
      as: "assigned",
      optedOut: false,
      endDate: "2026-12-20",
      lastCheckIn: { date: "2026-11-19", at: new Date("2026-11-19T19:05:00-06:00") },
      mood: { recent: 4, prior: 7 },
      craving: { recent: 6, prior: 3 },
      missedInARow: 3,
      openAlerts: 1,
      unread: expect.any(Number),
    });
    expect(rivera[1]).toMatchObject({ participantId: "p-002", mood: { recent: 7, prior: null }, missedInARow: 0, openAlerts: 0 });
    // The supervisor sees their counselors' caseloads; someone else sees only their own.
    expect((await caseload(app.db, "c-okafor", app.clock.now, { via: "cli" })).map((e) => [e.participantId, e.as])).toEqual([
      ["p-001", "supervisor"],
      ["p-002", "supervisor"],
    ]);
    expect((await caseload(app.db, "c-lee", app.clock.now, { via: "cli" })).map((e) => [e.participantId, e.as, e.lastCheckIn])).toEqual([["p-003", "assigned", null]]);
    expect(await caseload(app.db, "c-park", app.clock.now, { via: "cli" })).toEqual([]);
    await app.db.counselor.update({ where: { id: "c-rivera" }, data: { active: false } });
    expect(await caseload(app.db, "c-rivera", app.clock.now, { via: "cli" })).toEqual([]);
  });

  it("a participant's history: their counselor, whoever an open alert went to and a supervisor; anyone else is told politely", async () => {
    const code = await samsFortnight();
    const park = await participantHistory(app.db, "c-park", "p-001", app.clock.now, { via: "cli" });
    expect(park).toEqual({ kind: "refused", participantId: "p-001", reason: "not_involved", message: expect.stringMatching(/^Sorry, p-001's history is for their counselor/) });
    expect(await participantHistory(app.db, "c-rivera", "p-999", app.clock.now, { via: "cli" })).toEqual({ kind: "not_found", participantId: "p-999" });
    // Lee was paged about the open alert.
    expect((await participantHistory(app.db, "c-lee", "p-001", app.clock.now, { via: "cli" })).kind).toBe("history");

    const note = "called her, safe at home with her sister";
    expect(await resolveAlert(app.engine.ctx, code, { counselorId: "c-rivera", via: "sms" }, { note })).toMatchObject({ kind: "done" });
    expect((await participantHistory(app.db, "c-lee", "p-001", app.clock.now, { via: "cli" })).kind).toBe("refused");
    expect((await participantHistory(app.db, "c-okafor", "p-001", app.clock.now, { via: "cli" })).kind).toBe("history");
    const r = await participantHistory(app.db, "c-rivera", "p-001", app.clock.now, { via: "cli" });
    if (r.kind !== "history") throw new Error(r.kind);
    const h = r.history;
    expect(h.participant).toMatchObject({ id: "p-001", counselorId: "c-rivera", optedOut: false });
    expect(h.checkIns.map((c) => [c.date, c.status, c.mood])).toEqual([
      ["2026-11-23", "missed", null],
      ["2026-11-22", "missed", null],
      ["2026-11-21", "missed", null],
      ["2026-11-19", "complete", 4],
      ["2026-11-14", "complete", 8],
      ["2026-11-12", "complete", 6],
    ]);
    expect(h.checkIns[3]!.note).toBe("rough day at work");
    expect(h.alerts).toEqual([
      expect.objectContaining({ code, status: "resolved", resolvedBy: "c-rivera", actions: [{ counselorId: "c-rivera", action: "resolve", via: "sms", at: app.clock.now, note }] }),
    ]);
    expect(h.messages[0]).toMatchObject({ dir: "in", text: "i want to kill myself" });
    expect(h.messages.some((m) => m.dir === "out" && m.kind === "crisis")).toBe(true);
    // Only Sam's own thread.
    expect(h.messages.every((m) => m.kind !== "alert")).toBe(true);
  });
});
