import { afterEach, describe, expect, it } from "vitest";
import { openEscalation } from "../../src/escalation/open-escalation.ts";
import { deliverIds } from "../../src/outbox/deliver-outbox.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

// The fixture program keeps the default office hours: Monday to Friday, 08:30-17:00 Chicago.
// 2026-11-24 is a Tuesday. The lapse is told while no check-in is open (the app starts after 18:00).
const LAPSE = "I drank last night";
const alerts = (c: string) => app.inbox(c).filter((t) => t.includes("alert for"));

describe("urgent alerts and office hours", () => {
  it("an urgent alert raised at 23:00 is stored at once and first sent at the 08:30 opening", async () => {
    app = await startTestApp({ at: "2026-11-24T23:00:00-06:00" });
    const r = await app.local.receive("p-001", LAPSE);
    expect(r.replies[0]?.text).toMatch(/Your care team will reach out/);
    // Nothing lost: the escalation is stored the moment it is raised, with its first alert due at opening.
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ level: "urgent", status: "open", participantId: "p-001" });
    const held = await app.db.job.findFirstOrThrow({ where: { refId: esc.id } });
    expect(held).toMatchObject({ kind: "reescalate", status: "pending", dueAt: new Date("2026-11-25T08:30:00-06:00") });

    await app.advanceTo("2026-11-25T08:29:00-06:00");
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(alerts(c)).toEqual([]);
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    // The assigned counselor first, and it is a first alert.
    // (The local channel is a chat channel: it gets the first name and the reason category too.)
    expect(alerts("c-rivera")).toEqual([`Steady: urgent alert for p-001 (Sam): reported use. Reply ACK ${esc.code}.`]);
    expect(alerts("c-lee")).toEqual([]);
    // Re-escalation an hour later, within office hours.
    await app.advanceTo("2026-11-25T09:30:00-06:00");
    expect(alerts("c-lee")).toEqual([`Steady: urgent alert for p-001 (Sam): reported use. Reply ACK ${esc.code}.`]);
    const opened = app.events.filter((e) => e.type === "escalation").map((e) => (e as { notified: string[] }).notified);
    expect(opened).toEqual([[], ["c-rivera"], ["c-rivera", "c-lee"]]);
  });

  it("a re-escalation that falls due after 17:00 moves to the next opening", async () => {
    app = await startTestApp({ at: "2026-11-24T16:30:00-06:00" });
    await app.local.receive("p-001", LAPSE);
    expect(alerts("c-rivera")).toHaveLength(1);
    await app.advanceTo("2026-11-25T08:29:00-06:00");
    expect(alerts("c-lee")).toEqual([]);
    expect(alerts("c-rivera")).toHaveLength(1);
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(alerts("c-lee")).toHaveLength(1);
  });

  it("a re-escalation pulled forward into the night (a failed alert) waits for the opening", async () => {
    app = await startTestApp({ at: "2026-11-24T16:30:00-06:00" });
    await app.local.receive("p-001", LAPSE);
    await app.db.job.updateMany({ where: { kind: "reescalate", status: "pending" }, data: { dueAt: new Date("2026-11-24T22:00:00-06:00") } });
    await app.advanceTo("2026-11-24T23:00:00-06:00");
    expect(alerts("c-lee")).toEqual([]);
    const job = await app.db.job.findFirstOrThrow({ where: { kind: "reescalate" } });
    expect(job).toMatchObject({ status: "pending", dueAt: new Date("2026-11-25T08:30:00-06:00") });
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(alerts("c-lee")).toHaveLength(1);
  });

  it("an alert acknowledged before the opening is never sent", async () => {
    app = await startTestApp({ at: "2026-11-27T19:00:00-06:00" }); // Friday evening
    await app.local.receive("p-001", LAPSE);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(await acknowledgeAlert(app.engine.ctx, esc.code, { counselorId: "c-rivera", via: "api" })).toMatchObject({ kind: "done" });
    await app.advanceTo("2026-11-30T12:00:00-06:00"); // Monday noon
    expect(alerts("c-rivera")).toEqual([]);
  });

  it("with urgentAfterHours: page the assigned counselor is alerted at once, and re-escalation still waits", async () => {
    const program = testProgram((y) => y.replace("  supportContact: \"Lakeside front desk, 555-0100\"\n", '  supportContact: "Lakeside front desk, 555-0100"\n  escalation: { urgentAfterHours: page }\n'));
    expect(program.program.escalation.urgentAfterHours).toBe("page");
    app = await startTestApp({ at: "2026-11-24T23:00:00-06:00", program });
    await app.local.receive("p-001", LAPSE);
    expect(alerts("c-rivera")).toHaveLength(1);
    await app.advanceTo("2026-11-25T08:29:00-06:00");
    expect(alerts("c-lee")).toEqual([]);
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(alerts("c-lee")).toHaveLength(1);
  });

  it("an urgent escalation raised with atAnyHour alerts at once at night", async () => {
    app = await startTestApp({ at: "2026-11-24T23:00:00-06:00" });
    const now = app.clock.now;
    const opened = await app.db.$transaction((tx) => openEscalation(app.engine.ctx, tx, { participantId: "p-001", level: "urgent", reasons: ["distress"], source: "text", atAnyHour: true }, now));
    await deliverIds(app.engine.ctx, opened.outboxIds);
    expect(alerts("c-rivera")).toHaveLength(1);
  });

  it("a crisis at night still pages at once and re-escalates every 5 minutes", async () => {
    app = await startTestApp({ at: "2026-11-25T03:00:00-06:00" });
    await app.local.receive("p-001", "i want to kill myself");
    expect(alerts("c-rivera")).toHaveLength(1);
    expect(alerts("c-lee")).toHaveLength(1);
    await app.advanceTo("2026-11-25T03:05:00-06:00");
    expect(alerts("c-okafor")).toHaveLength(1);
  });
});
