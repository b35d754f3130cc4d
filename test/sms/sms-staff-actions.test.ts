import { afterEach, describe, expect, it } from "vitest";
import { actOnAlert } from "../../src/console/console-actions.ts";
import { smsSegments } from "../../src/text/sms-segments.ts";
import { withPark } from "../support/program-with-park.ts";
import { smsProgram, startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

const SAM = "+13125550111";
const RIVERA = "+13125550101";
const LEE = "+13125550102";
const OKAFOR = "+13125550103";
const PARK = "+13125550104";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

/** A crisis text from Sam at 10:00: Rivera (assigned) and Lee (first on call) are paged; Park is not. */
async function crisis(): Promise<string> {
  h = await startSmsHarness({ at: "2026-11-24T10:00:00-06:00", program: smsProgram(withPark) });
  expect(twimlTexts((await h.text({ from: SAM, body: "I want to kill myself" })).body)[0]).toContain("988");
  await h.app.engine.idle();
  expect(h.textsTo(LEE)).toHaveLength(1);
  expect(h.textsTo(PARK)).toHaveLength(0);
  return h.textsTo(RIVERA)[0]!.match(/ACK (\d{4})/)![1]!;
}

async function ack(from: string, code: string, verb = "ACK"): Promise<string[]> {
  const r = await h!.text({ from, body: `${verb} ${code}` });
  expect(r.status).toBe(200);
  return twimlTexts(r.body);
}

describe("who may ACK an alert over the SMS webhook", () => {
  it("ACK from a counselor unrelated to the participant gets a polite refusal, the alert stays open and the refusal is stored", async () => {
    const code = await crisis();
    const [reply] = await ack(PARK, code);
    expect(reply).toBe(`Sorry, alert ${code} isn't yours to act on: it is for the participant's counselor, whoever it went to and their supervisor. Nothing was changed.`);
    // Lock-screen safe and one segment.
    expect(smsSegments(reply!)).toMatchObject({ encoding: "GSM-7", segments: 1 });
    expect(reply).not.toMatch(/p-001|Sam/);
    expect(await ack(PARK, code, "RESOLVE")).toEqual([reply]);
    expect(await h!.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "open", acknowledgedBy: null, resolvedBy: null });
    const rows = await h!.app.db.staffAction.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((a) => [a.counselorId, a.action, a.outcome, a.reason, a.via, a.code])).toEqual([
      ["c-park", "acknowledge", "refused", "not_involved", "sms", code],
      ["c-park", "resolve", "refused", "not_involved", "sms", code],
    ]);
    // Nothing changed: the ladder goes on to the supervisor at 10:05.
    await h!.app.advanceTo("2026-11-24T10:05:00-06:00");
    expect(h!.textsTo(OKAFOR)).toEqual([expect.stringMatching(new RegExp(`ACK ${code}\\.$`))]);
  });

  it("ACK from the assigned counselor's supervisor works before the alert reaches them", async () => {
    const code = await crisis();
    expect(h!.textsTo(OKAFOR)).toHaveLength(0);
    expect((await ack(OKAFOR, code))[0]).toBe(`Acknowledged alert ${code} (p-001). Reply RESOLVE ${code} when it is handled.`);
    expect(await h!.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "acknowledged", acknowledgedBy: "c-okafor" });
    expect(await h!.app.db.staffAction.findMany({ select: { counselorId: true, outcome: true, via: true } })).toEqual([{ counselorId: "c-okafor", outcome: "done", via: "sms" }]);
    // Acknowledged: nobody else is paged.
    await h!.app.advanceTo("2026-11-24T10:30:00-06:00");
    expect(h!.textsTo(OKAFOR)).toHaveLength(0);
    expect(h!.textsTo(PARK)).toHaveLength(0);
  });

  it("the on-call counselor the alert was re-escalated to can ACK once it reached them", async () => {
    const code = await crisis();
    expect((await ack(PARK, code))[0]).toMatch(/^Sorry, alert \d{4} isn't yours/);
    await h!.app.advanceTo("2026-11-24T10:10:00-06:00");
    expect(h!.textsTo(PARK)).toEqual([expect.stringMatching(new RegExp(`ACK ${code}\\.$`))]);
    expect((await ack(PARK, code))[0]).toBe(`Acknowledged alert ${code} (p-001). Reply RESOLVE ${code} when it is handled.`);
    expect((await ack(RIVERA, code, "RESOLVE"))[0]).toBe(`Resolved alert ${code}.`);
    expect(await h!.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", acknowledgedBy: "c-park", resolvedBy: "c-rivera" });
    const rows = await h!.app.db.staffAction.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((a) => [a.counselorId, a.action, a.outcome])).toEqual([
      ["c-park", "acknowledge", "refused"],
      ["c-park", "acknowledge", "done"],
      ["c-rivera", "resolve", "done"],
    ]);
  });
  it("the console gives a counselor who may not act the same answer as SMS, and nothing changes either way", async () => {
    const code = await crisis();
    const [bySms] = await ack(PARK, code);
    const byConsole = await actOnAlert({ engine: h!.app.engine }, "acknowledge", { code, counselorId: "c-park" });
    expect(byConsole).toEqual({ status: 403, body: { error: "not_allowed", reason: "not_involved", message: bySms } });
    expect(await h!.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "open", acknowledgedBy: null });
    expect((await h!.app.db.staffAction.findMany({ orderBy: { id: "asc" } })).map((a) => [a.counselorId, a.outcome, a.via])).toEqual([
      ["c-park", "refused", "sms"],
      ["c-park", "refused", "console"],
    ]);
  });

  it("RESOLVE <code> <note> by SMS resolves and keeps the note with the record", async () => {
    const code = await crisis();
    expect(twimlTexts((await h!.text({ from: RIVERA, body: `Resolve ${code} - spoke with Sam, safety plan reviewed` })).body)).toEqual([`Resolved alert ${code}.`]);
    expect(await h!.app.db.escalation.findFirstOrThrow()).toMatchObject({ status: "resolved", resolvedBy: "c-rivera" });
    expect(await h!.app.db.staffAction.findMany({ select: { outcome: true, via: true, note: true } })).toEqual([{ outcome: "done", via: "sms", note: "spoke with Sam, safety plan reviewed" }]);
  });
});
