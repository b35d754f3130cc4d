import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const NOTE = "my sister is visiting this weekend so I might miss thursday group";

/** The check-in of 2026-11-24 (a Tuesday) answered up to its note question. */
async function atNoteQuestion(): Promise<void> {
  app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
  await app.advanceTo("2026-11-24T18:01:00-06:00");
  await app.local.receive("p-001", "6, 3, yes");
}

describe("the counselor's inbox: every word a participant writes reaches a person", () => {
  it("a check-in note lands unread; the counselor is told by a count, READ shows it, REPLY reaches the participant", async () => {
    await atNoteQuestion();
    await app.local.receive("p-001", NOTE);
    const item = await app.db.inboxItem.findFirstOrThrow();
    expect(item).toMatchObject({ participantId: "p-001", counselorId: "c-rivera", kind: "note", status: "unread", riskLevel: "none", text: NOTE });

    // After hours the count waits for the office to open (08:30 by default), where the daily
    // summary carries it: one message, never the words.
    await app.tick();
    const told = () => app.inbox("c-rivera").filter((t) => /unread/i.test(t));
    expect(told()).toEqual([]);
    await app.advanceTo("2026-11-25T08:29:00-06:00");
    expect(told()).toEqual([]);
    await app.advanceTo("2026-11-25T08:30:00-06:00");
    expect(told()).toEqual(["Steady daily summary. Missed check-in: p-002. Unread messages: 1 (READ)."]);

    const read = await app.local.receive("c-rivera", "READ");
    expect(read.replies[0]!.text).toContain(`"${NOTE}"`);
    expect(read.replies[0]!.text).toContain(`REPLY ${item.code}`);
    expect(await app.db.inboxItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "read", readBy: "c-rivera" });

    const reply = await app.local.receive("c-rivera", `REPLY ${item.code} Thanks for letting me know. See you Tuesday.`);
    expect(reply.replies[0]!.text).toBe("Sent to p-001.");
    expect(app.inbox("p-001").at(-1)).toBe("Dana (Lakeside Evening Program): Thanks for letting me know. See you Tuesday.");
    expect(await app.db.inboxItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "answered", answeredBy: "c-rivera" });
  });

  it("a reply the check-in cannot read, and a message outside a check-in, land in the inbox; small talk does not", async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    const sentences = await app.local.receive("p-001", "honestly not great, work has been a lot");
    // Not "didn't catch that": the words went to a person, and the question is asked again.
    expect(sentences.replies.map((r) => r.text)).toEqual([
      "Thanks, I've shared that with your care team. Need help now? Call or text 988. How is your mood today, 1 (very low) to 10 (great)?",
    ]);
    await app.advanceTo("2026-11-25T10:00:00-06:00");
    const outside = await app.local.receive("p-001", "can we move my appointment to friday?");
    expect(outside.replies[0]!.text).toBe("Thanks, I've passed your message to your care team. Need help now? Call or text 988.");
    await app.local.receive("p-001", "ok thanks 👍");
    const items = await app.db.inboxItem.findMany({ orderBy: { createdAt: "asc" } });
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ["unreadable", "honestly not great, work has been a lot"],
      ["message", "can we move my appointment to friday?"],
    ]);
  });

  it("a REPLY quoting crisis words is the counselor's answer, not their crisis: sent to the participant at once, once", async () => {
    await atNoteQuestion();
    await app.local.receive("p-001", NOTE);
    const { code } = await app.db.inboxItem.findFirstOrThrow();
    // Staff quote what participants said: this reads as a crisis, and takes the crisis path.
    const words = "You wrote 'i want to kill myself'. Are you safe? Call or text 988, I'm calling you now.";
    const reply = await app.local.receive("c-rivera", `REPLY ${code} ${words}`);
    expect(reply.replies[0]!.text).toBe("Sent to p-001.");
    // Delivered with the counselor's answer, not left for the next tick.
    expect(app.inbox("p-001").filter((t) => t.includes(words))).toHaveLength(1);
    await app.tick();
    expect(app.inbox("p-001").filter((t) => t.includes(words))).toHaveLength(1);
  });

  it("only the assigned counselor, whoever it went on to, and the supervisor may READ or REPLY", async () => {
    await atNoteQuestion();
    await app.local.receive("p-001", NOTE);
    const { code } = await app.db.inboxItem.findFirstOrThrow();

    const other = await app.local.receive("c-lee", `READ ${code}`);
    expect(other.replies[0]!.text).toMatch(/^Sorry, message \d{4} isn't yours to read/);
    const otherReply = await app.local.receive("c-lee", `REPLY ${code} hello`);
    expect(otherReply.replies[0]!.text).toMatch(/^Sorry/);
    expect((await app.db.inboxItem.findFirstOrThrow()).status).toBe("unread");
    expect(app.inbox("p-001").filter((t) => t.includes("hello"))).toEqual([]);
    // c-lee has nothing of their own to read.
    expect((await app.local.receive("c-lee", "READ")).replies[0]!.text).toBe("Steady: no unread messages.");

    const supervisor = await app.local.receive("c-okafor", `READ ${code}`);
    expect(supervisor.replies[0]!.text).toContain(NOTE);
    // Each attempt is stored: who, what, how it ended.
    const actions = await app.db.staffAction.findMany({ orderBy: { id: "asc" } });
    expect(actions.map((a) => [a.counselorId, a.action, a.outcome, a.reason])).toEqual([
      ["c-lee", "read", "refused", "not_involved"],
      ["c-lee", "reply", "refused", "not_involved"],
      ["c-okafor", "read", "done", null],
    ]);
  });

  it("unread past readWithinHours of office time goes on to the supervisor, who is told by a count", async () => {
    await atNoteQuestion();
    await app.local.receive("p-001", NOTE);
    // Written Tuesday 18:01, after hours: its 4 office hours run Wednesday 08:30-12:30.
    await app.advanceTo("2026-11-25T12:29:00-06:00");
    expect((await app.db.inboxItem.findFirstOrThrow()).escalatedTo).toBeNull();
    await app.advanceTo("2026-11-25T12:31:00-06:00");
    const item = await app.db.inboxItem.findFirstOrThrow();
    expect(item.escalatedTo).toBe("c-okafor");
    expect(app.inbox("c-okafor").at(-1)).toBe("Steady: 1 unread message from your caseload. Reply READ to see it.");
    // The supervisor's READ finds it without a code.
    expect((await app.local.receive("c-okafor", "READ")).replies[0]!.text).toContain(NOTE);
  });

  it("tells a counselor at most once an hour, counting what arrived meanwhile", async () => {
    app = await startTestApp({ at: "2026-11-25T10:00:00-06:00" });
    await app.local.receive("p-001", "can we move my appointment to friday?");
    await app.tick();
    await app.advanceTo("2026-11-25T10:20:00-06:00");
    await app.local.receive("p-002", "no puedo ir el jueves");
    await app.advanceTo("2026-11-25T10:40:00-06:00");
    await app.local.receive("p-001", "also I need a letter for work");
    await app.advanceTo("2026-11-25T10:59:00-06:00");
    const notices = () => app.inbox("c-rivera").filter((t) => t.includes("unread"));
    expect(notices()).toEqual(["Steady: 1 unread message from your caseload. Reply READ to see it."]);
    await app.advanceTo("2026-11-25T11:00:00-06:00");
    expect(notices()).toEqual([
      "Steady: 1 unread message from your caseload. Reply READ to see it.",
      "Steady: 3 unread messages from your caseload. Reply READ to see the oldest.",
    ]);
  });
});
