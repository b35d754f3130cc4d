import { afterEach, describe, expect, it } from "vitest";
import { printStatus } from "../../src/cli/print-status.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

async function status(t: TestApp, channels?: string[]): Promise<string> {
  const lines: string[] = [];
  await printStatus(t.db, { now: t.clock.now, timeZone: "America/Chicago", channels }, (l) => lines.push(l));
  return lines.join("\n");
}

describe("status", () => {
  it("shows the program's time with its zone, names beside ids, and only what will really happen", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await app.tick();
    const noon = await status(app);
    expect(noon).toMatch(/^Now: Tue Nov 24 2026, 12:00 PM CST$/m);
    expect(noon).toContain("  Tue Nov 24, 5:00 PM CST  reminder of the g-evening (Tuesday and Thursday evening group) session at Tue Nov 24, 6:00 PM CST to p-001 (Sam), p-002 (Lucía) and the group's channel");
    expect(noon).toContain("  Tue Nov 24, 6:00 PM CST  check-in to p-001 (Sam)");
    expect(noon).not.toMatch(/Z\b|\d{4}-\d\d-\d\dT/); // no UTC instants

    // Both prompted: each has a nudge and a closing ahead.
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const prompted = await status(app);
    for (const p of ["p-001 (Sam)", "p-002 (Lucía)"]) {
      expect(prompted).toMatch(new RegExp(`CST {2}nudge to ${p.replace(/[()]/g, "\\$&")} \\(no reply to the check-in yet\\)`));
      expect(prompted).toContain(`check-in of ${p} closes`);
    }

    // Sam completes the check-in and Lucía opts out: no nudge for either, no closing for the
    // complete one, and nothing routine for Lucía (no check-in tomorrow, not in the reminder).
    await app.local.receive("p-001", "7, 2, yes");
    await app.local.receive("p-002", "STOP");
    const after = await status(app);
    expect(after).not.toContain("nudge");
    expect(after).not.toContain("check-in of p-001 (Sam) closes");
    expect(after).toContain("check-in of p-002 (Lucía) closes");
    expect(after).toContain("  Wed Nov 25, 6:00 PM CST  check-in to p-001 (Sam)");
    expect(after).not.toContain("check-in to p-002");
    expect(after).toContain("session at Thu Nov 26, 6:00 PM CST to p-001 (Sam) and the group's channel");
    // A bot that sends on no channel Sam can be reached on sends him nothing routine.
    expect(await status(app, ["slack"])).not.toContain("check-in to p-001");
    expect(await status(app, ["sms"])).toContain("check-in to p-001");
  });

  it("lists open alerts by code with the participant's name, the reasons in words and who acknowledged them", async () => {
    app = await startTestApp({ at: "2026-11-24T14:00:00-06:00" });
    await app.local.receive("p-001", "I relapsed last night");
    await app.local.receive("p-003", "I relapsed last night");
    const [sam, alex] = await app.db.escalation.findMany({ orderBy: { createdAt: "asc" } });
    expect(await status(app)).toMatch(new RegExp(`^ {2}${sam!.code} {2}urgent {2}p-001 \\(Sam\\) {2}reported use {2}open {2}since Tue Nov 24, 2:00 PM CST$`, "m"));
    expect((await acknowledgeAlert(app.engine.ctx, sam!.code, { counselorId: "c-rivera", via: "cli" })).kind).toBe("done");
    // A row acknowledged by older code under the surface's name rather than a counselor's.
    await app.db.escalation.update({ where: { id: alex!.id }, data: { status: "acknowledged", acknowledgedBy: "cli" } });
    const text = await status(app);
    expect(text).toContain(`  ${sam!.code}  urgent  p-001 (Sam)  reported use  acknowledged by c-rivera (Dana Rivera)  since Tue Nov 24, 2:00 PM CST`);
    expect(text).toContain(`  ${alex!.code}  urgent  p-003 (Alex)  reported use  acknowledged (no counselor recorded)`);
    expect(text).not.toMatch(/by cli|substance_use|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
