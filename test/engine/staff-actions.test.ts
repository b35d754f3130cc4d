import { afterEach, describe, expect, it } from "vitest";
import { freshPostgres, type FreshDatabase } from "../support/fresh-database.ts";
import { withPark } from "../support/program-with-park.ts";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { resolveAlert } from "../../src/staff/resolve-alert.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const codeIn = (text: string | undefined) => /ACK (\d{4,5})/.exec(text ?? "")?.[1];
const REFUSED = /^Sorry, alert \d{4} isn't yours to act on: it is for the participant's counselor, whoever it went to and their supervisor\. Nothing was changed\.$/;

async function crisisAt10(database?: FreshDatabase): Promise<string> {
  app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program: testProgram(withPark), database });
  await app.local.receive("p-001", "i want to kill myself");
  // Step 0 of a crisis: the assigned counselor (Rivera) and the first on call (Lee).
  expect(app.inbox("c-lee")).toHaveLength(1);
  expect(app.inbox("c-park")).toHaveLength(0);
  return codeIn(app.inbox("c-rivera")[0])!;
}

const ack = (code: string, counselorId: string, via = "api") => acknowledgeAlert(app.engine.ctx, code, { counselorId, via });
const resolve = (code: string, counselorId: string, via = "api", note?: string) => resolveAlert(app.engine.ctx, code, { counselorId, via }, { note });
const NOT_INVOLVED = (code: string) => `Sorry, alert ${code} isn't yours to act on: it is for the participant's counselor, whoever it went to and their supervisor. Nothing was changed.`;

const actions = () => app.db.staffAction.findMany({ orderBy: { id: "asc" }, select: { counselorId: true, action: true, outcome: true, reason: true, via: true, code: true } });

describe("who may act on an alert, by ACK and through the engine", () => {
  it("ACK from a counselor unrelated to the participant is refused politely, changes nothing, and is stored", async () => {
    const code = await crisisAt10();
    const r = await app.local.receive("c-park", `ACK ${code}`);
    expect(r.replies.map((m) => m.text)).toEqual([expect.stringMatching(REFUSED)]);
    expect(r.replies[0]!.text).not.toMatch(/p-001|Sam|Rivera/);
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "open", acknowledgedBy: null });
    expect((await app.local.receive("c-park", `RESOLVE ${code}`)).replies[0]?.text).toMatch(REFUSED);
    expect(await actions()).toEqual([
      { counselorId: "c-park", action: "acknowledge", outcome: "refused", reason: "not_involved", via: "local", code },
      { counselorId: "c-park", action: "resolve", outcome: "refused", reason: "not_involved", via: "local", code },
    ]);
    // The re-escalation still runs: the supervisor is paged at 10:05.
    await app.advanceTo("2026-11-24T10:05:00-06:00");
    expect(app.inbox("c-okafor")).toHaveLength(1);
    expect(app.events.filter((e) => e.type === "escalation").map((e) => (e as { status: string }).status)).toEqual(["open", "open"]);
  });

  it("the supervisor of the assigned counselor can ACK before the alert reaches them", async () => {
    const code = await crisisAt10();
    expect(app.inbox("c-okafor")).toHaveLength(0);
    const r = await app.local.receive("c-okafor", `ACK ${code}`);
    expect(r.replies[0]?.text).toMatch(new RegExp(`^Acknowledged alert ${code}`));
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-okafor" });
    expect(await actions()).toEqual([{ counselorId: "c-okafor", action: "acknowledge", outcome: "done", reason: null, via: "local", code }]);
  });

  it("the on-call counselor a re-escalation reached can ACK from then on", async () => {
    const code = await crisisAt10();
    expect((await app.local.receive("c-park", `ACK ${code}`)).replies[0]?.text).toMatch(REFUSED);
    // 10:05 Okafor (on call 2), 10:10 Park (on call 3).
    await app.advanceTo("2026-11-24T10:10:00-06:00");
    expect(app.inbox("c-park").filter((t) => t.startsWith("Steady:"))).toEqual([expect.stringMatching(new RegExp(`ACK ${code}`))]);
    expect((await app.local.receive("c-park", `ACK ${code}`)).replies[0]?.text).toMatch(new RegExp(`^Acknowledged alert ${code}`));
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-park" });
    // Someone else involved learns who did; the record keeps every attempt.
    expect((await app.local.receive("c-lee", `ACK ${code}`)).replies[0]?.text).toBe(`Alert ${code} was already acknowledged by c-park.`);
    expect((await actions()).map((a) => [a.counselorId, a.outcome])).toEqual([
      ["c-park", "refused"],
      ["c-park", "done"],
      ["c-lee", "already"],
    ]);
  });

  it("the staff desk's acknowledge and resolve apply the same rule and record the surface", async () => {
    const code = await crisisAt10();
    expect(await ack(code, "cli")).toEqual({ kind: "refused", code, reason: "unknown_counselor", message: NOT_INVOLVED(code) });
    expect(await ack(code, "c-park", "console")).toEqual({ kind: "refused", code, reason: "not_involved", message: NOT_INVOLVED(code) });
    expect(await resolve(code, "c-park", "cli")).toEqual({ kind: "refused", code, reason: "not_involved", message: NOT_INVOLVED(code) });
    expect((await app.db.escalation.findFirstOrThrow()).status).toBe("open");
    expect(await resolve(code, "c-lee")).toMatchObject({ kind: "done", code, participantId: "p-001" });
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", resolvedBy: "c-lee", acknowledgedBy: "c-lee" });
    expect(await resolve(code, "c-lee")).toEqual({ kind: "not_found", code });
    const rows = await app.db.staffAction.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((a) => [a.counselorId, a.action, a.outcome, a.reason, a.via])).toEqual([
      ["cli", "acknowledge", "refused", "unknown_counselor", "api"],
      ["c-park", "acknowledge", "refused", "not_involved", "console"],
      ["c-park", "resolve", "refused", "not_involved", "cli"],
      ["c-lee", "resolve", "done", null, "api"],
      ["c-lee", "resolve", "not_found", null, "api"],
    ]);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(rows.map((a) => a.escalationId)).toEqual([esc.id, esc.id, esc.id, esc.id, null]);
    expect(rows.every((a) => a.at.getTime() === app.clock.now.getTime())).toBe(true);
    // Only the resolve emitted an event.
    expect(app.events.filter((e) => e.type === "escalation").map((e) => (e as { status: string }).status)).toEqual(["open", "resolved"]);
  });

  it("on PostgreSQL too: the refusal and the acknowledgement are stored with the change", async () => {
    const code = await crisisAt10(await freshPostgres());
    expect((await app.local.receive("c-park", `ACK ${code}`)).replies[0]?.text).toMatch(REFUSED);
    expect(await ack(code, "c-okafor", "console")).toMatchObject({ kind: "done", code });
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-okafor" });
    expect(await actions()).toEqual([
      { counselorId: "c-park", action: "acknowledge", outcome: "refused", reason: "not_involved", via: "local", code },
      { counselorId: "c-okafor", action: "acknowledge", outcome: "done", reason: null, via: "console", code },
    ]);
  });

  it("a counselor who has left may not act, even on an alert that reached them", async () => {
    const code = await crisisAt10();
    await app.db.counselor.update({ where: { id: "c-lee" }, data: { active: false } });
    const r = await app.local.receive("c-lee", `ACK ${code}`);
    expect(r.replies[0]?.text).toBe(`Sorry, your Steady staff account is inactive, so you can't act on alert ${code}. Nothing was changed.`);
    expect((await app.db.escalation.findFirstOrThrow()).status).toBe("open");
    expect(await actions()).toEqual([{ counselorId: "c-lee", action: "acknowledge", outcome: "refused", reason: "inactive", via: "local", code }]);
  });

  it("an unenrolled sender's alert: whoever it was sent to and their supervisors, nobody else", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00", program: testProgram(withPark) });
    await app.local.receive("someone-else", "i want to end my life");
    // No assigned counselor: the first two on call are paged.
    const code = codeIn(app.inbox("c-lee")[0])!;
    expect(app.inbox("c-okafor")).toHaveLength(1);
    expect(app.inbox("c-rivera")).toHaveLength(0);
    expect((await app.local.receive("c-rivera", `ACK ${code}`)).replies[0]?.text).toMatch(REFUSED);
    expect((await app.local.receive("c-park", `ACK ${code}`)).replies[0]?.text).toMatch(REFUSED);
    expect((await app.local.receive("c-okafor", `ACK ${code}`)).replies[0]?.text).toBe(`Acknowledged alert ${code} (unenrolled sender). Reply RESOLVE ${code} when it is handled.`);
  });
  it("RESOLVE with a note keeps the note with the action and out of the logs; crisis words in a note are about the participant", async () => {
    const code = await crisisAt10();
    // A refused attempt keeps no note; a bare ACK still works.
    expect((await app.local.receive("c-park", `RESOLVE ${code} all fine`)).replies[0]?.text).toBe(NOT_INVOLVED(code));
    expect((await app.local.receive("c-lee", `ack ${code}.`)).replies[0]?.text).toMatch(new RegExp(`^Acknowledged alert ${code}`));
    const r = await app.local.receive("c-rivera", `RESOLVE ${code}: called her, she said she wanted to kill herself but is safe at home now`);
    expect(r.replies.map((m) => m.text)).toEqual([`Resolved alert ${code}.`]);
    expect(await app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", acknowledgedBy: "c-lee", resolvedBy: "c-rivera" });
    expect(await app.db.staffAction.findMany({ orderBy: { id: "asc" }, select: { counselorId: true, outcome: true, note: true } })).toEqual([
      { counselorId: "c-park", outcome: "refused", note: null },
      { counselorId: "c-lee", outcome: "done", note: null },
      { counselorId: "c-rivera", outcome: "done", note: "called her, she said she wanted to kill herself but is safe at home now" },
    ]);
    expect(app.logs.join("\n")).not.toMatch(/safe at home|all fine/);
  });
});
