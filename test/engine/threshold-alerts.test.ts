import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "../../src/time/local-date.ts";
import { freshPostgres } from "../support/fresh-database.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

// 2026-11-24 is a Tuesday; Chicago is on CST (UTC-6). Sam (p-001) is Dana Rivera's (c-rivera).
let app: TestApp;
afterEach(async () => app?.dispose());

/** The fixture as an evening program: staff are at work while its 18:00 check-in is answered. */
const EVENING = () => testProgram((y) => y.replace("  supportContact:", '  officeHours: { days: [mon, tue, wed, thu, fri], start: "12:00", end: "21:00" }\n  supportContact:'));

const say = async (text: string) => (await app.local.receive("p-001", text)).replies.map((r) => r.text);
const alertsTo = (counselor: string) => app.events.filter((e) => e.type === "message" && e.to === counselor && e.kind === "alert");
const escalations = () => app.db.escalation.findMany({ orderBy: { createdAt: "asc" } });
const checkIn = () => app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001", localDate: "2026-11-24" } });

describe("threshold alerts go out when the answer arrives", () => {
  it('"mood 4 cravings 9 no" at 18:05 pages the counselor at 18:05; the check-in is complete and the later note pages no one', async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING() });
    await app.advanceTo("2026-11-24T18:05:00-06:00");
    expect(await say("mood 4 cravings 9 no")).toEqual(["Got it. Anything you'd like your care team to know? Reply with a note, or SKIP."]);

    const [esc, ...more] = await escalations();
    expect(more).toEqual([]);
    expect(esc).toMatchObject({ participantId: "p-001", level: "urgent", source: "threshold", status: "open" });
    expect(JSON.parse(esc!.reasonsJson)).toEqual(["craving_high"]);
    expect(esc!.createdAt).toEqual(new Date("2026-11-24T18:05:00-06:00"));
    const paged = alertsTo("c-rivera");
    expect(paged).toHaveLength(1);
    expect(paged[0]!.at).toEqual(new Date("2026-11-24T18:05:00-06:00"));
    // Required answers in: complete now, with the note still to come.
    expect(await checkIn()).toMatchObject({ status: "complete", closedAt: new Date("2026-11-24T18:05:00-06:00"), mood: 4, craving: 9, meeting: false, note: null });
    expect(app.events.filter((e) => e.type === "checkin" && e.participant === "p-001")).toEqual([expect.objectContaining({ participant: "p-001", craving: 9, complete: true })]);

    // The note comes a quarter of an hour later: attached to the check-in, no second alert.
    await app.advanceTo("2026-11-24T18:20:00-06:00");
    expect(await say("Rough day, the usual spot on the way home")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    expect(await checkIn()).toMatchObject({ status: "complete", closedAt: new Date("2026-11-24T18:05:00-06:00"), craving: 9, note: "Rough day, the usual spot on the way home" });
    expect(JSON.parse((await checkIn()).answersJson)).toMatchObject({ note: "Rough day, the usual spot on the way home" });
    expect(await app.db.escalation.count()).toBe(1);
    expect(alertsTo("c-rivera")).toHaveLength(1);

    // Once the note is in, the check-in takes no more replies.
    expect(await say("thanks")).toEqual([expect.stringMatching(/^Thanks for your message/)]);

    // Nor at expiry (local midnight): still one escalation, one check-in event.
    await app.advanceTo("2026-11-25T00:30:00-06:00");
    expect(await app.db.escalation.count()).toBe(1);
    expect(app.events.filter((e) => e.type === "checkin" && e.participant === "p-001")).toHaveLength(1);
  });

  it("does the same on PostgreSQL", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING(), database: await freshPostgres() });
    await app.advanceTo("2026-11-24T18:05:00-06:00");
    await say("mood 4 cravings 9 no");
    expect(alertsTo("c-rivera").map((e) => e.at)).toEqual([new Date("2026-11-24T18:05:00-06:00")]);
    expect(await checkIn()).toMatchObject({ status: "complete", closedAt: new Date("2026-11-24T18:05:00-06:00") });
    await app.advanceTo("2026-11-24T18:20:00-06:00");
    expect(await say("long day")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    expect(await checkIn()).toMatchObject({ note: "long day" });
    expect(await app.db.escalation.count()).toBe(1);
  });

  it("a craving of 9 answered on its own pages at once, before the meeting question; the rest raises nothing more", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING() });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await say("6");
    expect(await app.db.escalation.count()).toBe(0);
    await say("9");
    expect((await checkIn()).status).toBe("open");
    const [esc] = await escalations();
    expect(JSON.parse(esc!.reasonsJson)).toEqual(["craving_high"]);
    expect(alertsTo("c-rivera")).toHaveLength(1);
    expect(await say("yes")).toEqual(["Got it. Anything you'd like your care team to know? Reply with a note, or SKIP."]);
    expect(await checkIn()).toMatchObject({ status: "complete", mood: 6, craving: 9, meeting: true });
    expect(await say("skip")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    expect(await app.db.escalation.count()).toBe(1);
  });

  it("a drop below the 7-day average alerts on the mood answer itself", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING() });
    // A week of 8s before today.
    for (let d = 1; d <= 7; d++) {
      const localDate = addDays("2026-11-24", -d);
      const at = new Date(new Date("2026-11-24T18:00:00-06:00").getTime() - d * 86_400_000);
      await app.db.checkIn.create({
        data: { id: `past-${d}`, participantId: "p-001", localDate, status: "complete", promptAt: at, nudgeAt: at, expiresAt: at, closedAt: at, stateJson: "{}", mood: 8 },
      });
    }
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    expect(await say("5")).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    const [esc, ...more] = await escalations();
    expect(more).toEqual([]);
    expect(JSON.parse(esc!.reasonsJson)).toEqual(["mood_drop"]);
    expect(alertsTo("c-rivera")).toHaveLength(1);
    // The rest of the check-in, and a whole reply that restates the mood, raise no second mood alert.
    await say("2, yes");
    await say("mood 2 cravings 2 yes");
    await app.advanceTo("2026-11-25T00:30:00-06:00");
    expect(await app.db.escalation.count()).toBe(1);
  });

  it("a check-in left with its required answers in but no note is complete at once and not re-alerted at expiry", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING() });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await say("2");
    expect(JSON.parse((await escalations())[0]!.reasonsJson)).toEqual(["mood_low"]);
    await say("0");
    await say("no");
    expect(await checkIn()).toMatchObject({ status: "complete", closedAt: new Date("2026-11-24T18:01:00-06:00") });
    await app.advanceTo("2026-11-25T00:30:00-06:00");
    expect(await checkIn()).toMatchObject({ status: "complete", note: null });
    expect(await app.db.escalation.count()).toBe(1);
  });

  it("a check-in answered before alerts were recorded in its state still raises what it crossed, once, at expiry", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: EVENING() });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    // A state as older code stored it: mood 2 in, no record of alerts.
    await app.db.checkIn.updateMany({
      where: { participantId: "p-002", localDate: "2026-11-24" },
      data: { stateJson: JSON.stringify({ v: 1, index: 1, answers: { mood: 2 }, attempts: 0, replied: true, paused: false }), mood: 2 },
    });
    await app.advanceTo("2026-11-25T00:30:00-06:00");
    const all = await escalations();
    expect(all.map((e) => [e.participantId, e.reasonsJson])).toEqual([["p-002", '["mood_low"]']]);
  });
});
