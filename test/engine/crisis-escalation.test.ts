import { afterEach, describe, expect, it } from "vitest";
import { acknowledgeAlert } from "../../src/staff/acknowledge-alert.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const CRISIS = "I can't do this anymore, I want to die";
const codeIn = (text: string | undefined) => /ACK (\d{4,5})/.exec(text ?? "")?.[1];

describe("crisis and escalation", () => {
  it("answers crisis language first with 988, 741741 and 911, preempts the check-in and pages humans", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "6");
    const r = await app.local.receive("p-001", CRISIS);
    expect(r.replies).toHaveLength(1);
    const reply = r.replies[0]!;
    expect(reply.kind).toBe("crisis");
    expect(reply.text).toContain("988");
    expect(reply.text).toContain("HOME to 741741");
    expect(reply.text).toContain("911");
    // Delivered right away, before any alert.
    const order = app.local.delivered.map((d) => d.message.to);
    expect(order.indexOf("p-001")).toBeLessThan(order.indexOf("c-rivera"));

    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ participantId: "p-001", level: "crisis", status: "open", source: "text", excerpt: CRISIS });
    expect(JSON.parse(esc.reasonsJson)).toContain("suicidal_ideation");
    // Assigned counselor and the first on-call counselor; the alert never quotes the participant.
    const alert = app.inbox("c-rivera")[0];
    expect(alert).toMatch(/crisis alert for p-001/);
    expect(alert).not.toContain("die");
    expect(app.inbox("c-lee")).toHaveLength(1);
    expect(app.inbox("c-okafor")).toHaveLength(0);
    expect(codeIn(alert)).toBe(esc.code);

    // The check-in is paused: no nudge two hours later.
    await app.advanceTo("2026-11-24T18:03:00-06:00");
    expect(app.inbox("p-001").filter((t) => t.includes("gentle reminder"))).toHaveLength(0);
  });

  it("re-escalates along the on-call order to the supervisor until someone acknowledges", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    await app.local.receive("p-001", "i want to kill myself");
    const code = codeIn(app.inbox("c-rivera")[0])!;
    await app.advanceTo("2026-11-24T10:04:59-06:00");
    expect(app.inbox("c-okafor")).toHaveLength(0);
    await app.advanceTo("2026-11-24T10:05:00-06:00");
    // Step 1: the next person on the ladder (on-call #2, who is also the supervisor). Their
    // first alert about it, so it does not say "still open".
    expect(app.inbox("c-okafor")).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001/)]);
    await app.advanceTo("2026-11-24T10:10:00-06:00");
    // Everyone has been paged: from now on everyone is paged again each time, as a repeat.
    expect(app.inbox("c-rivera")).toHaveLength(2);
    expect(app.inbox("c-rivera")[1]).toMatch(/^Steady: still open: crisis alert for p-001/);
    expect(app.inbox("c-lee")).toHaveLength(2);
    expect(app.inbox("c-okafor")).toHaveLength(2);

    const ack = await app.local.receive("c-lee", `ACK ${code}`);
    expect(ack.replies[0]?.text).toMatch(new RegExp(`Acknowledged alert ${code}`));
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-lee" });
    await app.advanceTo("2026-11-24T11:00:00-06:00");
    expect(app.inbox("c-rivera")).toHaveLength(2);
    expect(app.events.filter((e) => e.type === "escalation").map((e) => (e as { status: string }).status)).toEqual(["open", "open", "open", "acknowledged"]);
    // Each event says what changed, at which step, and who that step paged (not everyone so far).
    const steps = app.events.flatMap((e) => (e.type === "escalation" ? [`${e.change} ${e.step} ${e.code}: ${e.paged.join(",")}`] : []));
    expect(steps).toEqual([`opened 0 ${code}: c-rivera,c-lee`, `reescalated 1 ${code}: c-okafor`, `reescalated 2 ${code}: c-rivera,c-lee,c-okafor`, `acknowledged 2 ${code}: `]);
    // The alerts of later steps are marked as re-escalations on their outbox rows, and their events name the escalation.
    const alerts = app.events.flatMap((e) => (e.type === "message" && e.kind === "alert" ? [`${e.to} ${e.purpose ?? "first"}`] : []));
    expect(alerts).toEqual(["c-rivera first", "c-lee first", "c-okafor reescalation", "c-rivera reescalation", "c-lee reescalation", "c-okafor reescalation"]);
    const escId = (await app.db.escalation.findFirstOrThrow()).id;
    expect(app.events.every((e) => e.type !== "message" || e.kind !== "alert" || e.escalationId === escId)).toBe(true);

    // A second ACK says who already did; RESOLVE closes it.
    expect((await app.local.receive("c-rivera", `ack ${code}`)).replies[0]?.text).toMatch(/already acknowledged by c-lee/);
    expect((await app.local.receive("c-rivera", `RESOLVE ${code}`)).replies[0]?.text).toBe(`Resolved alert ${code}.`);
    expect((await app.db.escalation.findFirstOrThrow()).status).toBe("resolved");
  });

  it("urgent: a reported lapse escalates to the assigned counselor and re-escalates after an hour", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.local.receive("p-001", "I drank last night");
    expect(r.replies[0]?.text).toMatch(/Your care team will reach out/);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ level: "urgent", status: "open" });
    expect(JSON.parse(esc.reasonsJson)).toEqual(["substance_use"]);
    expect(app.inbox("c-rivera")).toHaveLength(1);
    expect(app.inbox("c-lee")).toHaveLength(0);
    await app.advanceTo("2026-11-24T11:00:00-06:00");
    expect(app.inbox("c-lee")).toHaveLength(1);
    expect(await acknowledgeAlert(app.engine.ctx, esc.code, { counselorId: "c-lee", via: "api" })).toMatchObject({ kind: "done" });
    await app.advanceTo("2026-11-24T13:00:00-06:00");
    expect(app.inbox("c-okafor")).toHaveLength(0);
  });

  it("thresholds raise an urgent escalation when the check-in completes", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "2, 9, no");
    await app.local.receive("p-001", "skip");
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ level: "urgent", source: "threshold" });
    expect(JSON.parse(esc.reasonsJson)).toEqual(["craving_high", "mood_low"]);
  });

  it("two missed check-ins in a row page nobody (they go into the daily digest)", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-26T08:00:00-06:00");
    expect(await app.db.checkIn.count({ where: { status: "missed" } })).toBe(6);
    expect(await app.db.escalation.count()).toBe(0);
    for (const c of ["c-rivera", "c-lee", "c-okafor"]) expect(app.inbox(c).filter((t) => !t.startsWith("Steady daily summary."))).toEqual([]);
  });

  it("a crisis from an unenrolled sender gets crisis resources and pages the on-call counselor", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.local.receive("someone-else", "i want to end my life");
    expect(r.replies[0]?.text).toContain("988");
    expect(app.inbox("c-lee")[0]).toMatch(/crisis alert for an unenrolled sender/);
    // Crisis language from a counselor's own number gets the crisis lines, not the command help.
    const staffReply = await app.local.receive("c-lee", "honestly I want to die today");
    expect(staffReply.replies[0]?.text).toMatch(/^If you're in danger now, call 911\. Call or text 988 any time, or text HOME to 741741\.$/);
    const plain = await app.local.receive("someone-else", "hello?");
    expect(plain.replies[0]?.text).toMatch(/isn't set up to text this line/);
  });
});
