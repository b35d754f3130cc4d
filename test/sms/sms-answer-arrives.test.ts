import { afterEach, describe, expect, it } from "vitest";
import { smsProgram, startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

/** An evening program: staff are at work while its 18:00 check-in is answered. */
const EVENING = (y: string) => y.replace("  supportContact:", '  officeHours: { days: [mon, tue, wed, thu, fri], start: "12:00", end: "21:00" }\n  supportContact:');

const SAM = "+13125550111";
const RIVERA = "+13125550101";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

async function say(body: string): Promise<string[]> {
  const r = await h!.text({ from: SAM, body });
  expect(r.status).toBe(200);
  return twimlTexts(r.body);
}

describe("over signed SMS webhooks", () => {
  it('"mood 4 cravings 9 no" at 18:05 pages the counselor by SMS at 18:05; the note at 18:20 is kept and pages no one', async () => {
    h = await startSmsHarness({ at: "2026-11-24T17:00:00-06:00", program: smsProgram(EVENING) });
    await h.app.advanceTo("2026-11-24T18:05:00-06:00");
    expect(await say("mood 4 cravings 9 no")).toEqual(["Got it. Anything you'd like your care team to know? Reply with a note, or SKIP."]);
    await h.app.engine.idle();
    // Paged in the same turn, with the clock still at 18:05.
    expect(h.textsTo(RIVERA)).toEqual([expect.stringMatching(/^Steady: urgent alert for p-001\. Reply ACK \d{4}\.$/)]);
    const esc = await h.app.db.escalation.findFirstOrThrow();
    expect(esc).toMatchObject({ source: "threshold", createdAt: new Date("2026-11-24T18:05:00-06:00") });
    expect(await h.app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "complete", craving: 9 });

    await h.app.advanceTo("2026-11-24T18:20:00-06:00");
    expect(await say("Stressful day, I stayed home")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    await h.app.engine.idle();
    expect(await h.app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ status: "complete", note: "Stressful day, I stayed home" });
    expect(await h.app.db.escalation.count()).toBe(1);
    expect(h.textsTo(RIVERA)).toHaveLength(1);
  });

  it("a reminder sent in the same second as the check-in, answered 1: asked which, the RSVP stored, no mood invented", async () => {
    // Wednesday: the day-before reminder of Thursday's 18:00 group goes out with the 18:00 check-in.
    h = await startSmsHarness({ at: "2026-11-25T17:00:00-06:00" });
    await h.app.advanceTo("2026-11-25T18:00:30-06:00");
    const sent = h.textsTo(SAM);
    expect(sent).toContain("Reminder: group tomorrow at 6:00 PM, Room B. Reply GOING if you'll be there.");
    expect(sent.some((t) => t.startsWith("Hi Sam, it's check-in time."))).toBe(true);

    expect(await say("1")).toEqual([expect.stringMatching(/^Just to check: is 1 your check-in answer, or will you be at group\?/)]);
    expect(await say("GOING")).toEqual(["Thanks, see you there. Back to today's check-in: How is your mood today, 1 (very low) to 10 (great)?"]);
    const rsvp = await h.app.db.rsvp.findFirstOrThrow();
    expect(rsvp).toMatchObject({ participantId: "p-001", groupId: "g-evening", sessionStart: new Date("2026-11-26T18:00:00-06:00") });
    expect(await h.app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001", localDate: "2026-11-25" } })).toMatchObject({ mood: null, status: "open" });
    expect(await say("7")).toEqual(["Got it. How strong were urges today, 0 (none) to 10 (very strong)?"]);
    await h.app.engine.idle();
    expect(await h.app.db.escalation.count()).toBe(0);
    expect(h.textsTo(RIVERA)).toEqual([]);
  });
});
