import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const NAMES = ["Sam", "Lucía", "Alex", "Dana Rivera", "Jordan Lee", "Ada Okafor"];
const PHONES = ["+13125550101", "+13125550102", "+13125550103", "+13125550111", "+13125550112", "5550111"];

describe("bad input never crashes, never loses a message, never leaks", () => {
  it("handles empty, huge, binary, emoji, SQL-looking and other-language messages mid check-in", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const inputs = [
      "",
      "   ",
      "x".repeat(100_000),
      "\u0000\u0001\u0002\ud800binary\uffff",
      "😀😀😀",
      "'; DROP TABLE \"Participant\"; --",
      "Je ne sais pas",
      "七",
    ];
    for (const [i, text] of inputs.entries()) {
      const r = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: `bad-${i}`, from: "p-001", text, receivedAt: app.clock.now });
      expect(r.duplicate).toBe(false);
      expect(r.replies.length).toBeGreaterThan(0);
      for (const reply of r.replies) expect(reply.text).not.toMatch(/Error|at \w+ \(|undefined|null/);
    }
    expect(await app.db.inbound.count()).toBe(inputs.length);
    expect(await app.db.participant.count()).toBe(3);
    // Still in the flow: a valid answer is taken (the all-in-one reply fits whichever question is open).
    const ok = await app.local.receive("p-001", "6, 2, yes");
    expect(ok.replies[0]?.text).toMatch(/^(Got it|No problem)/);
  });

  it("an unknown sender gets the support contact and learns nothing about anyone", async () => {
    app = await startTestApp({ at: "2026-11-24T10:00:00-06:00" });
    const r = await app.local.receive("p-999", "is Sam in this program?");
    expect(r.replies.map((x) => x.text)).toEqual([expect.stringMatching(/isn't set up to text this line.*555-0100/)]);
    for (const n of NAMES) expect(r.replies[0]!.text).not.toContain(n);
  });

  it("log lines carry no names, phone numbers or message text", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "I want to die, I took too many pills");
    await app.local.receive("p-002", "recaí anoche");
    await app.advanceTo("2026-11-25T02:00:00-06:00");
    expect(app.logs.length).toBeGreaterThan(0);
    const all = app.logs.join("\n");
    for (const secret of [...NAMES, ...PHONES, "die", "pills", "recaí", "anoche"]) expect(all).not.toContain(secret);
  });
});
