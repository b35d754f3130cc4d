import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { freshPostgres } from "../support/fresh-database.ts";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

const SAM = "+13125550111";
const LUCIA = "+13125550112";
const RIVERA = "+13125550101";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

describe("a check-in day over SMS", () => {
  it("prompt by the API, answers in signed webhooks, each next question and the thanks in the TwiML", async () => {
    h = await startSmsHarness({ at: "2026-11-24T17:00:00-06:00" });
    await h.app.advanceTo("2026-11-24T18:01:00-06:00");
    const sent = h.textsTo(SAM);
    expect(sent).toHaveLength(2); // the group reminder an hour before, then the check-in
    expect(sent[1]).toMatch(/mood/i);
    const answers: string[][] = [];
    for (const a of ["7", "2", "yes", "skip"]) {
      const r = await h.text({ from: SAM, body: a });
      expect(r.status).toBe(200);
      expect(r.headers["content-type"]).toMatch(/^text\/xml/);
      answers.push(twimlTexts(r.body));
    }
    expect(answers.map((a) => a.length)).toEqual([1, 1, 1, 1]);
    expect(answers[0]![0]).toMatch(/urges/i);
    expect(answers[3]![0]).toMatch(/thank/i);
    expect(h.textsTo(SAM)).toHaveLength(2); // replies went inline, never also by the API
    const checkIn = await h.app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } });
    expect(checkIn).toMatchObject({ status: "complete", mood: 7, craving: 2, meeting: true });
    const replies = await h.app.db.outbox.findMany({ where: { recipientId: "p-001", kind: "reply" } });
    expect(replies.every((r) => r.status === "sent" && r.providerId === "inline")).toBe(true);
    // Routine texts stay in one GSM-7 segment, Spanish and accented names included.
    expect(h.fake.delivered().map((r) => [r.to, r.numSegments])).toContainEqual([LUCIA, 1]);
    for (const r of h.fake.delivered()) expect(r.numSegments, r.body).toBe(1);
  });

  it("a crisis text gets the crisis lines in the same webhook response and the counselor is paged by SMS", async () => {
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
    const r = await h.text({ from: SAM, body: "I want to kill myself" });
    expect(r.status).toBe(200);
    const [reply] = twimlTexts(r.body);
    expect(reply).toContain("988");
    expect(reply).toContain("741741");
    expect(reply).toContain("911");
    await h.app.engine.idle();
    const alerts = h.textsTo(RIVERA);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/^Steady: crisis alert for p-001\. Reply ACK \d{4}\.$/);
    const code = alerts[0]!.match(/ACK (\d{4})/)![1]!;

    // The same command from a participant's number does nothing.
    const fromParticipant = await h.text({ from: LUCIA, body: `ACK ${code}` });
    expect(fromParticipant.status).toBe(200);
    expect((await h.app.db.escalation.findFirstOrThrow()).status).toBe("open");

    const ack = await h.text({ from: RIVERA, body: `ACK ${code}` });
    expect(twimlTexts(ack.body)[0]).toMatch(new RegExp(`Acknowledged alert ${code}`));
    expect(await h.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-rivera" });
  });

  it("STOP stops everything but the confirmation; START resumes", async () => {
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
    const stop = await h.text({ from: SAM, body: "STOP" });
    expect(twimlTexts(stop.body)).toHaveLength(1);
    await h.app.advanceTo("2026-11-25T20:00:00-06:00");
    expect(h.textsTo(SAM)).toEqual([]);
    const start = await h.text({ from: SAM, body: "START" });
    expect(twimlTexts(start.body)).toHaveLength(1);
    await h.app.advanceTo("2026-11-26T18:05:00-06:00");
    expect(h.textsTo(SAM).some((t) => /mood/i.test(t))).toBe(true);
    const consent = await h.app.db.consentEvent.findMany({ where: { participantId: "p-001", channel: "sms" }, orderBy: { id: "asc" } });
    expect(consent.map((c) => [c.action, c.source])).toEqual([
      ["consent_given", "program_file"],
      ["opt_out", "sms:keyword"],
      ["opt_in", "sms:keyword"],
    ]);
  });

  it("honours Twilio's Advanced Opt-Out: no second confirmation, and the opt-out is recorded", async () => {
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
    const r = await h.text({ from: SAM, body: "Stop", optOutType: "STOP" });
    expect(r.status).toBe(200);
    expect(twimlTexts(r.body)).toEqual([]);
    expect((await h.app.db.participant.findUniqueOrThrow({ where: { id: "p-001" } })).optedOutAt).not.toBeNull();
  });

  it("the same MessageSid delivered three times has exactly one effect", async () => {
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00" });
    const sms = { from: SAM, body: "I relapsed last night", messageSid: "SM0123456789abcdef0123456789abcdef" };
    const rs = [await h.text(sms), await h.text(sms), await h.text(sms)];
    expect(rs.map((r) => r.status)).toEqual([200, 200, 200]);
    // Twilio sends a webhook again only when it got no answer: each repeat gets the same reply
    // again (the first answer may have been lost), and nothing else happens twice.
    expect(rs.map((r) => twimlTexts(r.body))).toEqual([twimlTexts(rs[0]!.body), twimlTexts(rs[0]!.body), twimlTexts(rs[0]!.body)]);
    expect(twimlTexts(rs[0]!.body)).toHaveLength(1);
    await h.app.engine.idle();
    expect(await h.app.db.inbound.count()).toBe(1);
    expect(await h.app.db.escalation.count()).toBe(1);
    expect(h.textsTo(RIVERA)).toHaveLength(1);
  });

  it("a reply not ready within the deadline goes by the API instead, once (PostgreSQL, participant row locked)", async () => {
    const database = await freshPostgres();
    h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00", replyDeadlineMs: 300, database });
    // Another instance holds Sam's row, as while it handles his previous message.
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query("BEGIN");
    await other.query(`SELECT id FROM "Participant" WHERE id = 'p-001' FOR UPDATE`);
    const r = await h.text({ from: SAM, body: "hello" });
    expect(r.status).toBe(200);
    expect(twimlTexts(r.body)).toEqual([]);
    expect(h.textsTo(SAM)).toEqual([]);
    await other.query("COMMIT");
    await other.end();
    for (let i = 0; i < 100 && h.textsTo(SAM).length === 0; i++) await new Promise((ok) => setTimeout(ok, 20));
    await h.app.engine.idle();
    expect(h.textsTo(SAM)).toHaveLength(1);
    h.app.clock.advance(5);
    await h.app.tick();
    expect(h.textsTo(SAM)).toHaveLength(1);
  });
});
