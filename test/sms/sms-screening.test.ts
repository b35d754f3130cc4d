import { afterEach, describe, expect, it } from "vitest";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

const SAM = "+13125550111";
const RIVERA = "+13125550101";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

const CRISIS_LINES = (t: string) => t.includes("988") && t.includes("741741") && t.includes("911");
const QUESTION = /Are you thinking about killing yourself\?/;

describe("the safety net over signed SMS webhooks", () => {
  it.each([
    "I have pills saved up and I am going to take them all tonight",
    "I bought a gun and I am going to use it on myself",
    "I wrote my goodbye letters. I am done.",
  ])("mid check-in, %j gets the crisis reply or the screening question, never 'didn't catch that'", async (text) => {
    h = await startSmsHarness({ at: "2026-11-24T17:00:00-06:00" });
    await h.app.advanceTo("2026-11-24T18:01:00-06:00");
    const replies = twimlTexts((await h.text({ from: SAM, body: text })).body);
    expect(replies).toHaveLength(1);
    expect(replies[0]).not.toMatch(/didn't catch/);
    expect(CRISIS_LINES(replies[0]!) || QUESTION.test(replies[0]!)).toBe(true);
  });

  it("a yes to the screening question gets the crisis reply in the same response and pages the counselor", async () => {
    h = await startSmsHarness({ at: "2026-11-24T17:00:00-06:00" });
    await h.app.advanceTo("2026-11-24T18:01:00-06:00");
    const asked = twimlTexts((await h.text({ from: SAM, body: "thinking about the bridge a lot lately" })).body);
    expect(asked).toEqual([expect.stringMatching(QUESTION)]);
    const yes = twimlTexts((await h.text({ from: SAM, body: "yes" })).body);
    expect(yes).toHaveLength(1);
    expect(CRISIS_LINES(yes[0]!)).toBe(true);
    await h.app.engine.idle();
    // The page is lock-screen safe: the id and a code, never the words or the reason.
    expect(h.textsTo(RIVERA)).toEqual([expect.stringMatching(/^Steady: crisis alert for p-001\. Reply ACK \d{4}\.$/)]);
  });
});
