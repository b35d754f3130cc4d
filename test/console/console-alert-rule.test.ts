import { afterEach, describe, expect, it } from "vitest";
import { withPark } from "../support/program-with-park.ts";
import { testProgram } from "../support/test-app.ts";
import { startConsole, type RunningConsole } from "./start-console.ts";

const TUESDAY_4PM = "2026-11-24T16:00:00-06:00";

let running: RunningConsole | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(running!.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const alertsTo = (id: string) => running!.app.local.to(id).filter((m) => m.kind === "alert");

describe("the console's alert buttons follow the same rule as ACK by SMS", () => {
  it("an unrelated counselor is refused with the SMS wording; the supervisor and the escalated-to on-call counselor may act", async () => {
    running = await startConsole({ at: TUESDAY_4PM, program: testProgram(withPark) });
    const { app } = running;
    expect((await post("/console/reply", { participantId: "p-001", text: "I want to kill myself" })).status).toBe(200);
    const esc = await app.db.escalation.findFirstOrThrow();
    const code = esc.code;

    // Pat Park is nobody's counselor and was not paged: refused, as by SMS, and nothing changes.
    const refused = await post("/console/ack", { code, counselorId: "c-park" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: "not_allowed", reason: "not_involved" });
    const bySms = await app.local.receive("c-park", `ACK ${code}`);
    expect(refused.body.message).toBe(bySms.replies[0]!.text);
    expect((await post("/console/resolve", { code, counselorId: "c-park" })).status).toBe(403);
    expect((await app.db.escalation.findFirstOrThrow()).status).toBe("open");

    // The clock moves to the re-escalations: Okafor at 16:05, then Park at 16:10.
    for (let i = 0; i < 5 && alertsTo("c-park").length === 0; i++) expect((await post("/console/clock", { action: "next" })).status).toBe(200);
    expect(alertsTo("c-park")).toHaveLength(1);
    expect(await post("/console/ack", { code, counselorId: "c-park" })).toMatchObject({ status: 200, body: { outcome: "done", code } });
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-park" });

    // Okafor supervises the assigned counselor.
    expect(await post("/console/resolve", { code, counselorId: "c-okafor" })).toMatchObject({ status: 200, body: { outcome: "done", code } });
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", resolvedBy: "c-okafor" });

    const rows = await app.db.staffAction.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((a) => [a.counselorId, a.action, a.outcome, a.via])).toEqual([
      ["c-park", "acknowledge", "refused", "console"],
      ["c-park", "acknowledge", "refused", "local"],
      ["c-park", "resolve", "refused", "console"],
      ["c-park", "acknowledge", "done", "console"],
      ["c-okafor", "resolve", "done", "console"],
    ]);
  });

  it("the supervisor may act before the alert reaches them; a counselor who has left may not", async () => {
    running = await startConsole({ at: TUESDAY_4PM, program: testProgram(withPark) });
    const { app } = running;
    await app.local.receive("p-001", "I want to kill myself");
    const { code } = await app.db.escalation.findFirstOrThrow();
    await app.db.counselor.update({ where: { id: "c-lee" }, data: { active: false } });
    const inactive = await post("/console/ack", { code, counselorId: "c-lee" });
    expect(inactive).toMatchObject({ status: 403, body: { reason: "inactive" } });
    expect(inactive.body.message).toBe((await app.local.receive("c-lee", `ACK ${code}`)).replies[0]!.text);
    expect(alertsTo("c-okafor")).toHaveLength(0);
    expect(await post("/console/ack", { code, counselorId: "c-okafor" })).toMatchObject({ status: 200, body: { outcome: "done", code } });
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-okafor" });
  });
  it("resolves with a note, kept with the record as RESOLVE <code> <note> by SMS keeps it", async () => {
    running = await startConsole({ at: TUESDAY_4PM, program: testProgram(withPark) });
    const { app } = running;
    await app.local.receive("p-001", "I want to kill myself");
    const { code } = await app.db.escalation.findFirstOrThrow();
    const note = "called him, safe with his brother tonight";
    expect(await post("/console/resolve", { code, counselorId: "c-rivera", note })).toMatchObject({ status: 200, body: { outcome: "done", code } });
    expect(await app.db.staffAction.findMany({ select: { counselorId: true, action: true, outcome: true, via: true, note: true } })).toEqual([
      { counselorId: "c-rivera", action: "resolve", outcome: "done", via: "console", note },
    ]);
    expect(running.logs.join("\n")).not.toContain("safe with his brother");
  });
});
