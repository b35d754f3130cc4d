import { afterEach, describe, expect, it } from "vitest";
import { staff } from "../../src/messages/staff.ts";
import { smsSegments } from "../../src/text/sms-segments.ts";
import { freshSqlite, type FreshDatabase } from "../support/fresh-database.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

const apps: TestApp[] = [];
let shared: FreshDatabase | null = null;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.dispose();
  await shared?.drop();
  shared = null;
});

async function start(at: string, program = testProgram()): Promise<TestApp> {
  const app = await startTestApp({ at, program });
  apps.push(app);
  return app;
}

const digests = (app: TestApp, c: string) => app.inbox(c).filter((t) => t.startsWith("Steady daily summary."));
const alerts = (app: TestApp, c: string) => app.inbox(c).filter((t) => t.includes("alert for"));

// The fixture program keeps the default office hours: Monday to Friday, 08:30-17:00 Chicago.
// 2026-11-24 is a Tuesday. p-001 and p-002 are Dana Rivera's, p-003 (Denver) is Jordan Lee's.
describe("the daily digest", () => {
  it("reports missed check-ins at the office opening, once a day, and marks a run of two", async () => {
    const app = await start("2026-11-24T17:00:00-06:00");
    await app.advanceTo("2026-11-25T08:29:00-06:00");
    expect(app.inbox("c-rivera")).toEqual([]);
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(digests(app, "c-rivera")).toEqual(["Steady daily summary. Missed check-in: p-001, p-002."]);
    expect(digests(app, "c-lee")).toEqual(["Steady daily summary. Missed check-in: p-003."]);
    // Nothing on Ada Okafor's caseload: no digest at all.
    expect(app.inbox("c-okafor")).toEqual([]);
    await app.advanceTo("2026-11-26T08:30:00-06:00");
    expect(digests(app, "c-rivera")).toEqual([
      "Steady daily summary. Missed check-in: p-001, p-002.",
      "Steady daily summary. Missed check-in: p-001 (2 in a row), p-002 (2 in a row).",
    ]);
    // Missed check-ins never page anyone.
    expect(await app.db.escalation.count()).toBe(0);
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(alerts(app, c)).toEqual([]);
  });

  it("sends nothing when there is nothing to report", async () => {
    const app = await start("2026-11-24T07:00:00-06:00");
    await app.advanceTo("2026-11-24T12:00:00-06:00");
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(app.inbox(c)).toEqual([]);
    expect(await app.db.job.count({ where: { kind: "digest", status: "done" } })).toBe(3);
  });

  it("skips days the office is closed and reports the weekend on Monday", async () => {
    const app = await start("2026-11-27T07:00:00-06:00"); // Friday
    await app.advanceTo("2026-11-30T08:29:00-06:00");
    expect(digests(app, "c-rivera")).toEqual([]);
    await app.advanceTo("2026-11-30T08:30:00-06:00");
    expect(digests(app, "c-rivera")).toEqual(["Steady daily summary. Missed check-in: p-001 (3 in a row), p-002 (3 in a row)."]);
  });

  it("reports caseload changes and open alerts, by participant id and code only", async () => {
    const program = testProgram((y) =>
      y
        .replace("    startDate: 2026-11-02\n    endDate: 2026-12-20\n    consent:\n      sms: { date: 2026-11-02, method: \"signed intake form\" }\n  - id: p-002", "    startDate: 2026-11-02\n    endDate: 2026-11-24\n    consent:\n      sms: { date: 2026-11-02, method: \"signed intake form\" }\n  - id: p-002")
        .concat("  - id: p-004\n    name: Robin\n    preferredChannel: local\n    counselor: c-rivera\n    startDate: 2026-11-25\n"),
    );
    const app = await start("2026-11-24T17:00:00-06:00", program);
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "7, 2, yes");
    await app.local.receive("p-001", "skip");
    await app.local.receive("p-002", "STOP");
    await app.advanceTo("2026-11-24T23:00:00-06:00");
    await app.local.receive("p-001", "I drank tonight");
    const esc = await app.db.escalation.findFirstOrThrow();
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    const [digest] = digests(app, "c-rivera");
    expect(digest).toBe(`Steady daily summary. New: p-004. Discharged: p-001. Opted out: p-002. Open alerts: 1 (ACK ${esc.code}). Unread messages: 1 (READ).`);
    expect(digest).not.toMatch(/Sam|Lucía|Robin|drank/);
    // The held alert went out at the same opening, as its own message.
    expect(alerts(app, "c-rivera")).toHaveLength(1);
  });

  it("tells an opt-out of one channel from an opt-out everywhere, and keeps the first one's missed check-ins", async () => {
    // p-001 has SMS and Slack, consented to both.
    const program = testProgram((y) =>
      y
        .replace('    contacts: { sms: "+13125550111" }\n', '    contacts: { sms: "+13125550111", slack: U0FAKE0111 }\n')
        .replace('      sms: { date: 2026-11-02, method: "signed intake form" }\n', '      sms: { date: 2026-11-02, method: "signed intake form" }\n      slack: { date: 2026-11-02, method: "signed intake form" }\n'),
    );
    const app = await start("2026-11-24T17:00:00-06:00", program);
    // p-001 texts STOP by SMS: the number is stopped, Slack goes on.
    const stop = await app.engine.handleInbound({ conversation: { kind: "direct" }, channel: "sms", providerId: "SM-digest-stop", from: "+13125550111", text: "STOP", receivedAt: app.clock.now });
    await stop.settle("send");
    await app.local.receive("p-002", "STOP");
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(await app.db.participant.findUniqueOrThrow({ where: { id: "p-001" } })).toMatchObject({ optedOutAt: null });
    const [digest] = digests(app, "c-rivera");
    expect(digest).toBe("Steady daily summary. Opted out: p-002. Opted out of sms only: p-001. Missed check-in: p-001.");
  });

  it("goes out once when two instances share the database", async () => {
    shared = freshSqlite();
    const a = await startTestApp({ at: "2026-11-24T17:00:00-06:00", database: shared });
    const b = await startTestApp({ at: "2026-11-24T17:00:00-06:00", database: shared });
    await a.advanceTo("2026-11-25T08:00:00-06:00");
    b.clock.set("2026-11-25T08:30:00-06:00");
    a.clock.set("2026-11-25T08:30:00-06:00");
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    const sent = [...a.local.delivered, ...b.local.delivered].filter((d) => d.message.text.startsWith("Steady daily summary."));
    expect(sent.map((d) => d.message.to).sort()).toEqual(["c-lee", "c-rivera"]);
    await a.close();
    await b.close();
  });
});

describe("digest wording", () => {
  it("fits one SMS segment on a normal day and two on a busy one, in GSM-7", () => {
    const normal = staff.digest({ enrolled: ["p-114"], discharged: [], optedOut: [], optedOutOf: [], missed: [{ pid: "p-101", inARow: 2 }, { pid: "p-107", inARow: null }], openAlerts: ["4821"], unread: 3 })!;
    expect(normal).toBe("Steady daily summary. New: p-114. Missed check-in: p-101 (2 in a row), p-107. Open alerts: 1 (ACK 4821). Unread messages: 3 (READ).");
    expect(smsSegments(normal)).toMatchObject({ encoding: "GSM-7", segments: 1 });
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `p-${201 + i}`);
    const busy = staff.digest({
      enrolled: ids(6),
      discharged: ids(3),
      optedOut: ids(2),
      optedOutOf: [],
      missed: ids(12).map((pid, i) => ({ pid, inARow: i < 5 ? 3 : null })),
      openAlerts: ["4821", "1377", "9050", "2291", "6604"],
      unread: 14,
    })!;
    expect(busy).toContain("+2 more");
    expect(busy).toContain("+8 more");
    expect(smsSegments(busy)).toMatchObject({ encoding: "GSM-7" });
    expect(smsSegments(busy).segments).toBeLessThanOrEqual(2);
  });

  it("is null when there is nothing to report", () => {
    expect(staff.digest({ enrolled: [], discharged: [], optedOut: [], optedOutOf: [], missed: [], openAlerts: [], unread: 0 })).toBeNull();
  });
});
