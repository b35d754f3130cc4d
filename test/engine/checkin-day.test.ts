import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// 2026-11-24 is a Tuesday; Chicago is on CST (UTC-6), so 18:00 local is 00:00Z.
let app: TestApp;
afterEach(async () => app?.dispose());

describe("a check-in day through the engine", () => {
  it("prompts at the local send time, walks the questions and records the answers", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await app.advanceTo("2026-11-24T17:59:00-06:00");
    // Only the group's one-hour session reminder so far.
    expect(app.inbox("p-001")).toEqual(["Reminder: group today at 6:00 PM, Room B. Reply GOING if you'll be there."]);
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    const [, prompt] = app.inbox("p-001");
    expect(prompt).toMatch(/^Hi Sam, it's check-in time\. How is your mood today, 1 \(very low\) to 10 \(great\)\?$/);
    // The Spanish-speaking participant gets the Spanish prompt at the same local time.
    expect(app.inbox("p-002")[1]).toMatch(/^Hola Lucía/);
    // Denver participant with a custom 20:30 time: nothing yet.
    expect(app.inbox("p-003")).toEqual([]);

    const replies = async (text: string) => (await app.local.receive("p-001", text)).replies.map((r) => r.text);
    expect(await replies("7")).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    expect(await replies("none")).toEqual(["Got it. Did you make it to a meeting today? Yes or no"]);
    expect(await replies("yep, went to AA")).toEqual(["Got it. Anything you'd like your care team to know? Reply with a note, or SKIP."]);
    expect(await replies("Work was long but ok")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);

    const row = await app.db.checkIn.findUniqueOrThrow({ where: { participantId_localDate: { participantId: "p-001", localDate: "2026-11-24" } } });
    expect(row).toMatchObject({ status: "complete", mood: 7, craving: 0, meeting: true, note: "Work was long but ok" });
    expect(app.events.filter((e) => e.type === "checkin")).toEqual([
      expect.objectContaining({ participant: "p-001", date: "2026-11-24", mood: 7, craving: 0, meeting: true, complete: true }),
    ]);
    expect(app.events.some((e) => e.type === "escalation")).toBe(false);

    // Nudge time passes: no nudge for someone who answered; the silent one gets exactly one.
    await app.advanceTo("2026-11-24T23:00:00-06:00");
    expect(app.inbox("p-001").filter((t) => t.includes("gentle reminder"))).toHaveLength(0);
    expect(app.inbox("p-002").filter((t) => t.includes("recordatorio del check-in"))).toHaveLength(1);
    // Denver 20:30 local = 21:30 Chicago: prompted by now.
    expect(app.inbox("p-003")[0]).toMatch(/^Hi Alex/);
  });

  it("accepts the all-in-one reply at any step", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const r1 = await app.local.receive("p-001", "mood 7 cravings 2 yes");
    expect(r1.replies.map((r) => r.text)).toEqual(["Got it. Anything you'd like your care team to know? Reply with a note, or SKIP."]);
    const r2 = await app.local.receive("p-001", "skip");
    expect(r2.replies.map((r) => r.text)).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    const row = await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } });
    expect(row).toMatchObject({ status: "complete", mood: 7, craving: 2, meeting: true, note: null });

    // In Spanish, mid-flow, after answering the first question alone.
    await app.local.receive("p-002", "6");
    const r3 = await app.local.receive("p-002", "6, 1, no fui");
    expect(r3.replies[0]?.text).toMatch(/^Entendido\. ¿Algo que quieras contarle/);
    const es = await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-002" } });
    expect(es).toMatchObject({ mood: 6, craving: 1, meeting: false });
  });

  it("re-prompts an invalid answer twice with the range, then moves on", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const say = async (text: string) => (await app.local.receive("p-001", text)).replies.map((r) => r.text);
    expect((await say("11"))[0]).toMatch(/one number from 1 to 10/);
    expect((await say("5 or 6"))[0]).toMatch(/one number from 1 to 10/);
    expect((await say("idk"))[0]).toMatch(/^No problem, let's move on\. How strong were urges/);
    expect((await say("banana"))[0]).toMatch(/one number from 0 to 10/);
    const row = await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } });
    expect(JSON.parse(row.answersJson)).toEqual({ mood: null });
  });

  it("expires at the end of the local day: missed with no reply, and late replies get a polite close", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    // Midnight in Chicago for two of them; midnight in Denver (01:00 Chicago) for p-003.
    await app.advanceTo("2026-11-25T01:00:00-06:00");
    const rows = await app.db.checkIn.findMany({ where: { localDate: "2026-11-24" }, orderBy: { participantId: "asc" } });
    expect(rows.map((r) => [r.participantId, r.status])).toEqual([
      ["p-001", "missed"],
      ["p-002", "missed"],
      ["p-003", "missed"],
    ]);
    const late = await app.local.receive("p-001", "7");
    expect(late.replies.map((r) => r.text)).toEqual(["Thanks. Today's check-in has closed; we'll check in again tomorrow."]);
  });
});

describe("the all-in-one reply mid-flow", () => {
  it("fills the questions still open and never overwrites an answer already given", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "8");
    const r = await app.local.receive("p-001", "2, yes");
    expect(r.replies[0]?.text).toMatch(/^Got it\. Anything you'd like/);
    expect(await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ mood: 8, craving: 2, meeting: true });
  });
});
