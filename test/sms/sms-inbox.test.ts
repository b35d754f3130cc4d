import { afterEach, describe, expect, it } from "vitest";
import { startSmsHarness, type SmsHarness } from "../support/sms-harness.ts";
import { twimlTexts } from "../support/twiml-texts.ts";

const SAM = "+13125550111";
const RIVERA = "+13125550101";
const LEE = "+13125550102";
const OKAFOR = "+13125550103";

let h: SmsHarness | null = null;
afterEach(async () => {
  await h?.dispose();
  h = null;
});

describe("the inbox over SMS", () => {
  it("a note lands unread; the counselor gets only a count in the morning, READ shows it, REPLY reaches the participant", async () => {
    h = await startSmsHarness({ at: "2026-11-24T17:00:00-06:00" });
    await h.app.advanceTo("2026-11-24T18:01:00-06:00");
    await h.text({ from: SAM, body: "5, 4, no" });
    const note = "court date got moved to january, need a letter for my lawyer";
    const r = await h.text({ from: SAM, body: note });
    expect(twimlTexts(r.body)[0]).toMatch(/Check-in done/);
    await h.app.engine.idle();
    // Out of office hours the count waits for the morning.
    await h.app.advanceTo("2026-11-25T08:30:00-06:00");
    // Lock screen: a count and a command, never the words or a name.
    const notice = h.textsTo(RIVERA).at(-1)!;
    expect(notice).toBe("Steady daily summary. Missed check-in: p-002. Unread messages: 1 (READ).");
    expect(notice).not.toContain("court");

    const item = await h.app.db.inboxItem.findFirstOrThrow();
    expect(item).toMatchObject({ kind: "note", status: "unread", counselorId: "c-rivera" });

    // Someone else's counselor is refused and nothing changes.
    const refused = twimlTexts((await h.text({ from: LEE, body: `READ ${item.code}` })).body)[0]!;
    expect(refused).toMatch(/^Sorry/);
    expect((await h.app.db.inboxItem.findFirstOrThrow()).status).toBe("unread");

    const read = twimlTexts((await h.text({ from: RIVERA, body: "read" })).body)[0]!;
    expect(read).toContain(note);
    expect(read).toMatch(/^p-001, Tuesday, November 24 6:0\d PM \(check-in note\)/);

    const sent = twimlTexts((await h.text({ from: RIVERA, body: `REPLY ${item.code} Thanks for telling me, let's talk about it Thursday.` })).body)[0]!;
    expect(sent).toBe("Sent to p-001.");
    await h.app.engine.idle();
    expect(h.textsTo(SAM).at(-1)).toBe("Dana (Lakeside Evening Program): Thanks for telling me, let's talk about it Thursday.");

    // The supervisor may read it too.
    expect(twimlTexts((await h.text({ from: OKAFOR, body: `READ ${item.code}` })).body)[0]).toContain(note);
  });
});
