import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { assessRisk } from "../../src/risk/index.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

/** Below crisis by the rules, with means/death cues: the screening question's case. */
const CUE = "thinking about the bridge a lot lately";
const QUESTION = /Are you thinking about killing yourself\? Please reply YES or NO/;

const alerts = (id: string) => app.local.to(id).filter((m) => m.kind === "alert").map((m) => m.text);

/** Tuesday's check-in, open at its first question (mood). */
async function midCheckin(): Promise<void> {
  app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
  await app.advanceTo("2026-11-24T18:01:00-06:00");
}

describe("the screening question: a second net under the rules", () => {
  it("the text is below crisis by the rules but carries cues", () => {
    expect(assessRisk(CUE)).toMatchObject({ level: "none", screen: true });
  });

  it("a YES the provider marked as an opt-in (Twilio Advanced Opt-Out lists YES) still answers the question", async () => {
    await midCheckin();
    await app.local.receive("p-001", CUE);
    const yes = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "x-yes", from: "p-001", text: "YES", receivedAt: app.clock.now, upstreamKeyword: "start" });
    expect(yes.replies.map((r) => r.kind)).toEqual(["crisis"]);
    expect(await app.db.screening.findFirstOrThrow()).toMatchObject({ status: "positive" });
  });

  it("is asked instead of 'didn't catch that', and a yes takes the crisis path at once", async () => {
    await midCheckin();
    const asked = await app.local.receive("p-001", CUE);
    expect(asked.replies.map((r) => [r.kind, r.text])).toEqual([["screen", expect.stringMatching(QUESTION)]]);
    expect(asked.replies[0]!.text).not.toMatch(/didn't catch/);
    // A text the rules rated below crisis may be a medical emergency or a danger they missed.
    expect(asked.replies[0]!.text).toMatch(/Call 911\b.*\b988\b/);
    expect(await app.db.screening.findFirstOrThrow()).toMatchObject({ status: "open", participantId: "p-001", text: CUE });
    // The words are in the counselor's inbox already; nobody is paged yet.
    expect((await app.db.inboxItem.findFirstOrThrow()).kind).toBe("screened");
    expect(alerts("c-rivera")).toEqual([]);

    const yes = await app.local.receive("p-001", "yes");
    expect(yes.replies.map((r) => r.kind)).toEqual(["crisis"]);
    expect(yes.replies[0]!.text).toContain("988");
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ level: "crisis", source: "screen", participantId: "p-001" });
    expect(JSON.parse(esc.reasonsJson)).toContain("screen_positive");
    expect(esc.excerpt).toContain(CUE);
    // Paged in the same turn: the assigned counselor and the first on call.
    expect(alerts("c-rivera")).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001 \(Sam\): did not say no to the suicide question\. Reply ACK \d{4}\.$/)]);
    expect(alerts("c-lee")).toHaveLength(1);
    expect((await app.db.screening.findFirstOrThrow()).status).toBe("positive");
  });

  it("a bare check-in answer gets the question once more; a clear no is an urgent note and the check-in resumes", async () => {
    await midCheckin();
    await app.local.receive("p-001", CUE);
    const seven = await app.local.receive("p-001", "7");
    expect(seven.replies.map((r) => r.text)).toEqual([expect.stringMatching(/^Just this one question first/)]);
    const no = await app.local.receive("p-001", "no, just a rough week");
    expect(no.replies.map((r) => r.text)).toEqual([
      "Thank you for answering. I've shared your message with your care team. How is your mood today, 1 (very low) to 10 (great)?",
    ]);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ level: "urgent", source: "screen" });
    expect(JSON.parse(esc.reasonsJson)).toContain("screened_no");
    expect(esc.excerpt).toContain(CUE);
    // The check-in carries on where it was; no mood was invented from the "7".
    const checkIn = await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } });
    expect(checkIn.mood).toBeNull();
    const mood = await app.local.receive("p-001", "6");
    expect(mood.replies[0]!.text).toMatch(/urges/);
    expect((await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).mood).toBe(6);
  });

  it("anything that is not a clear no, a second bare answer included, takes the crisis path", async () => {
    await midCheckin();
    await app.local.receive("p-001", CUE);
    expect((await app.local.receive("p-001", "not really")).replies.map((r) => r.kind)).toEqual(["crisis"]);

    await app.db.screening.deleteMany();
    await app.local.receive("p-002", "me siento una carga para todos");
    const again = await app.local.receive("p-002", "5");
    expect(again.replies[0]!.text).toMatch(/^Primero solo esta pregunta/);
    expect((await app.local.receive("p-002", "4")).replies.map((r) => r.kind)).toEqual(["crisis"]);
  });

  it("no answer in 15 minutes pages the assigned counselor and the on-call ladder, at 3 in the morning too", async () => {
    app = await startTestApp({ at: "2026-11-25T02:50:00-06:00" });
    await app.local.receive("p-001", CUE);
    await app.advanceTo("2026-11-25T03:04:59-06:00");
    expect(alerts("c-rivera")).toEqual([]);
    await app.advanceTo("2026-11-25T03:05:00-06:00");
    expect(alerts("c-rivera")).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001 \(Sam\): no answer to the suicide question\./)]);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(JSON.parse(esc.reasonsJson)).toContain("screen_unanswered");
    expect((await app.db.screening.findFirstOrThrow()).status).toBe("unanswered");
    // It re-escalates every 5 minutes, as any crisis, until someone acknowledges.
    await app.advanceTo("2026-11-25T03:10:00-06:00");
    expect(alerts("c-okafor")).toHaveLength(1);
    // A late answer after the page is read like any other text: no second screening.
    await app.local.receive("p-001", "sorry was asleep, im ok");
    expect(await app.db.screening.count({ where: { status: "open" } })).toBe(0);
  });

  it("a crisis text while the question is open closes it: the crisis escalation covers it, no second page later", async () => {
    await midCheckin();
    await app.local.receive("p-001", CUE);
    await app.local.receive("p-001", "I want to kill myself");
    await app.advanceTo("2026-11-24T18:30:00-06:00");
    const escalations = await app.db.escalation.findMany();
    expect(escalations.map((e) => e.source)).toEqual(["text"]);
  });
});

describe("the screening question and distress alerts", () => {
  it("a plea for help is escalated once, by the answer to the question, not also on its own", async () => {
    app = await startTestApp({ at: "2026-11-25T10:00:00-06:00" });
    expect(assessRisk("I need help")).toMatchObject({ level: "urgent", reasons: ["distress"], screen: true });
    const asked = await app.local.receive("p-001", "I need help");
    expect(asked.replies.map((r) => r.kind)).toEqual(["screen"]);
    expect(await app.db.escalation.count()).toBe(0);
    await app.local.receive("p-001", "no");
    const escalations = await app.db.escalation.findMany();
    expect(escalations.map((e) => [e.level, JSON.parse(e.reasonsJson)])).toEqual([["urgent", ["distress", "screened_no"]]]);
    expect(app.local.to("c-rivera").filter((m) => m.kind === "alert")).toHaveLength(1);
  });
});
