import { afterEach, describe, expect, it } from "vitest";
import { LANGS } from "../../src/domain/types.ts";
import { messagesFor } from "../../src/messages/messages-for.ts";
import { fitText } from "../../src/channel/channel-registry.ts";
import { smsSegments } from "../../src/text/sms-segments.ts";
import { freshPostgres } from "../support/fresh-database.ts";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

// The group meets at 19:00 here, so its one-hour reminder goes out at 18:00, in the same
// second as the check-in, as the evening group's does in the example program.
// 2026-11-24 is a Tuesday; Chicago is on CST (UTC-6).
let app: TestApp;
afterEach(async () => app?.dispose());

const sevenPm = () => testProgram((y) => y.replace('start: "18:00"', 'start: "19:00"'));
const say = async (who: string, text: string) => (await app.local.receive(who, text)).replies.map((r) => r.text);
const checkIn = (who: string) => app.db.checkIn.findFirstOrThrow({ where: { participantId: who, localDate: "2026-11-24" } });
const rsvps = (who: string) => app.db.rsvp.findMany({ where: { participantId: who } });

const MOOD = "How is your mood today, 1 (very low) to 10 (great)?";
const CRAVING = "How strong were urges today, 0 (none) to 10 (very strong)?";
const MEETING = "Did you make it to a meeting today? Yes or no";
const ASK = "Just to check: is 1 your check-in answer, or will you be at group? Reply 1 again for the check-in, or GOING for group.";

async function atCheckinTime(): Promise<void> {
  app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: sevenPm() });
  await app.advanceTo("2026-11-24T18:00:30-06:00");
}

describe("a reply answers one question", () => {
  it('the reminder sent with the check-in asks for GOING; "1" is asked about, GOING stores the RSVP, and no mood is invented', async () => {
    await atCheckinTime();
    expect([...app.inbox("p-001")].sort()).toEqual([`Hi Sam, it's check-in time. ${MOOD}`, "Reminder: group today at 7:00 PM, Room B. Reply GOING if you'll be there."]);

    expect(await say("p-001", "1")).toEqual([ASK]);
    expect(await checkIn("p-001")).toMatchObject({ status: "open", mood: null, answersJson: "{}" });
    expect(await rsvps("p-001")).toEqual([]);

    expect(await say("p-001", "going")).toEqual([`Thanks, see you there. Back to today's check-in: ${MOOD}`]);
    const [rsvp, ...more] = await rsvps("p-001");
    expect(more).toEqual([]);
    expect(rsvp).toMatchObject({ groupId: "g-evening", sessionStart: new Date("2026-11-24T19:00:00-06:00") });
    expect(await checkIn("p-001")).toMatchObject({ status: "open", mood: null });

    // A plain number to the mood question still answers it.
    expect(await say("p-001", "7")).toEqual([`Got it. ${CRAVING}`]);
    expect(await checkIn("p-001")).toMatchObject({ mood: 7 });
    expect(await app.db.escalation.count()).toBe(0);
  });

  it("asks about 1 and stores the RSVP on PostgreSQL too", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00", program: sevenPm(), database: await freshPostgres() });
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    expect(await say("p-001", "1")).toEqual([ASK]);
    expect(await say("p-001", "going")).toEqual([`Thanks, see you there. Back to today's check-in: ${MOOD}`]);
    expect(await rsvps("p-001")).toHaveLength(1);
    expect(await checkIn("p-001")).toMatchObject({ mood: null });
  });

  it('"1" again after the question is the check-in answer: a real mood of 1 is recorded and alerts', async () => {
    await atCheckinTime();
    expect(await say("p-001", "1")).toEqual([ASK]);
    expect(await say("p-001", "1")).toEqual([`Got it. ${CRAVING}`]);
    expect(await checkIn("p-001")).toMatchObject({ mood: 1 });
    expect(await rsvps("p-001")).toEqual([]);
    const esc = await app.db.escalation.findFirstOrThrow();
    expect(JSON.parse(esc.reasonsJson)).toEqual(["mood_low"]);
  });

  it("after the question, any other answer goes on with the check-in, and a later 1 is asked about again", async () => {
    await atCheckinTime();
    await say("p-001", "1");
    expect(await say("p-001", "6")).toEqual([`Got it. ${CRAVING}`]);
    expect(await checkIn("p-001")).toMatchObject({ mood: 6 });
    // Craving 1 is as ambiguous as mood 1 while the RSVP is unanswered.
    expect(await say("p-001", "1")).toEqual([ASK]);
    expect(await say("p-001", "GOING!")).toEqual([`Thanks, see you there. Back to today's check-in: ${CRAVING}`]);
    // Once the RSVP is in, "1" is the answer.
    expect(await say("p-001", "1")).toEqual([`Got it. ${MEETING}`]);
    expect(await checkIn("p-001")).toMatchObject({ mood: 6, craving: 1 });
    expect(await rsvps("p-001")).toHaveLength(1);
  });

  it("a second reminder for a session already confirmed invites a reply again: its 1 is asked about too", async () => {
    app = await startTestApp({ at: "2026-11-23T17:00:00-06:00", program: sevenPm() });
    // Monday: check-in done, then the day-before reminder at 19:00 is confirmed with a bare 1.
    await app.advanceTo("2026-11-23T18:00:30-06:00");
    await say("p-001", "7, 2, yes");
    await say("p-001", "skip");
    await app.advanceTo("2026-11-23T19:00:30-06:00");
    expect(await say("p-001", "1")).toEqual(["Thanks, see you there."]);
    // Tuesday: the one-hour reminder comes with the check-in, and Sam answers it the same way.
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    expect(await say("p-001", "1")).toEqual([ASK]);
    expect(await say("p-001", "going")).toEqual([`Thanks, see you there. Back to today's check-in: ${MOOD}`]);
    expect(await rsvps("p-001")).toHaveLength(1);
    expect(await checkIn("p-001")).toMatchObject({ mood: null });
  });

  it("GOING mid check-in is the RSVP at once, and a 1 the yes/no question cannot take is the RSVP too", async () => {
    await atCheckinTime();
    await say("p-001", "7");
    expect(await say("p-001", "Going")).toEqual([`Thanks, see you there. Back to today's check-in: ${CRAVING}`]);
    expect(await say("p-001", "2")).toEqual([`Got it. ${MEETING}`]);
    expect(await rsvps("p-001")).toHaveLength(1);
    expect(await checkIn("p-001")).toMatchObject({ mood: 7, craving: 2, meeting: null });

    await say("p-002", "6");
    await say("p-002", "2");
    expect(await say("p-002", "1")).toEqual([expect.stringMatching(/^Gracias, nos vemos allí\. Sigamos con el check-in: ¿Fuiste a una reunión/)]);
    expect(await rsvps("p-002")).toHaveLength(1);
  });

  it("GOING while the note is asked, after the check-in is complete, is the RSVP; the note can still come", async () => {
    await atCheckinTime();
    await say("p-001", "7, 2, yes");
    expect((await checkIn("p-001")).status).toBe("complete");
    expect(await say("p-001", "going")).toEqual(["Thanks, see you there. Back to today's check-in: Anything you'd like your care team to know? Reply with a note, or SKIP."]);
    expect(await checkIn("p-001")).toMatchObject({ note: null });
    expect(await say("p-001", "Busy week")).toEqual(["Thanks, Sam. Check-in done. Talk tomorrow."]);
    expect(await checkIn("p-001")).toMatchObject({ note: "Busy week" });
    expect(await rsvps("p-001")).toHaveLength(1);
  });

  it("in Spanish: the reminder asks for VOY, and 1 is asked about in Spanish", async () => {
    await atCheckinTime();
    expect(app.inbox("p-002")).toContain("Recordatorio: grupo hoy a las 19:00, Room B. Responde VOY si vas a venir.");
    expect(await say("p-002", "1")).toEqual([
      "Para confirmar: ¿el 1 es tu respuesta al check-in, o vienes al grupo? Responde 1 otra vez para el check-in, o VOY para el grupo.",
    ]);
    expect(await say("p-002", "voy")).toEqual([expect.stringMatching(/^Gracias, nos vemos allí\. Sigamos con el check-in: ¿Cómo está tu ánimo/)]);
    expect(await checkIn("p-002")).toMatchObject({ mood: null });
    expect(await rsvps("p-002")).toHaveLength(1);
  });

  it("with no reminder waiting, 1 is simply the answer; with no check-in waiting, 1 is the RSVP as before", async () => {
    await atCheckinTime();
    // Sam's check-in is done (note skipped): "1" now answers nothing else.
    await say("p-001", "7, 2, yes");
    await say("p-001", "skip");
    expect(await say("p-001", "1")).toEqual(["Thanks, see you there."]);
    expect(await rsvps("p-001")).toHaveLength(1);

    // Alex is in no group; his check-in opens at 20:30 Denver time.
    await app.advanceTo("2026-11-24T21:31:00-06:00");
    expect(await say("p-003", "1")).toEqual([`Got it. ${CRAVING}`]);
    expect(await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-003" } })).toMatchObject({ mood: 1 });
  });

  it("the new texts fit one SMS segment in both languages", () => {
    for (const lang of LANGS) {
      const m = messagesFor(lang);
      const question = lang === "es" ? "¿Qué tan fuertes fueron las ganas hoy, de 0 (nada) a 10 (muy fuertes)?" : CRAVING;
      for (const text of [m.rsvpOrAnswer(), m.rsvpThanksThen({ question }), m.reminder({ when: "tomorrow", time: "7:00 PM", location: "Room B, 2nd floor" })]) {
        expect(smsSegments(fitText("sms", text)), text).toMatchObject({ encoding: "GSM-7", segments: 1 });
      }
    }
  });
});
