import { handleAndSend } from "../support/handle-and-send.ts";
import { DIRECT } from "../../src/domain/messages.ts";
import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

describe("STOP, START, HELP and consent", () => {
  it("STOP stops everything but the confirmation; crisis is still answered; START resumes", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    const stop = await app.local.receive("p-001", "STOP");
    expect(stop.replies.map((r) => r.text)).toEqual([expect.stringMatching(/unsubscribed.*Reply START/)]);
    expect((await app.db.participant.findUniqueOrThrow({ where: { id: "p-001" } })).optedOutAt).not.toBeNull();
    const events = await app.db.consentEvent.findMany({ where: { participantId: "p-001", action: "opt_out" } });
    expect(events.map((e) => [e.channel, e.source]).sort()).toEqual([["local", "local:keyword"], ["sms", "local:keyword"]]);

    await app.advanceTo("2026-11-24T23:00:00-06:00");
    expect(app.inbox("p-001")).toHaveLength(1); // only the confirmation: no reminder, no prompt, no nudge
    expect(app.inbox("p-002").length).toBeGreaterThan(0);
    expect((await app.local.receive("p-001", "7")).replies).toEqual([]);
    expect((await app.local.receive("p-001", "HELP")).replies[0]?.text).toMatch(/^Lakeside Evening Program: .*STOP.*555-0100.*988/);
    // "I want it all to stop" is crisis language, never an opt-out request.
    const crisis = await app.local.receive("p-001", "I want it all to stop");
    expect(crisis.replies[0]?.kind).toBe("crisis");

    const start = await app.local.receive("p-001", "start");
    expect(start.replies[0]?.text).toMatch(/^Welcome back/);
    const before = app.inbox("p-001").length;
    await app.advanceTo("2026-11-25T18:00:30-06:00");
    expect(app.inbox("p-001").slice(before)).toContainEqual(expect.stringMatching(/^Hi Sam, it's check-in time/));
  });

  it("plain-language opt-outs work in English and Spanish, and cancel queued routine messages", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    expect((await app.local.receive("p-001", "please stop texting me")).replies[0]?.text).toMatch(/unsubscribed/);
    expect((await app.local.receive("p-002", "ya no quiero recibir mensajes")).replies[0]?.text).toMatch(/^Te diste de baja/);
    await app.advanceTo("2026-11-24T20:00:00-06:00");
    expect(app.inbox("p-001")).toHaveLength(1);
    expect(app.inbox("p-002")).toHaveLength(1);
  });

  it("an opt-out reported by the provider is recorded without a second confirmation", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    const r = await handleAndSend(app.engine, { conversation: DIRECT, channel: "local", providerId: "x-1", from: "p-001", text: "STOP", receivedAt: app.clock.now, upstreamKeyword: "stop" });
    expect(r.replies).toEqual([]);
    const ev = await app.db.consentEvent.findFirstOrThrow({ where: { participantId: "p-001", action: "opt_out" } });
    expect(ev.source).toBe("local:provider");
  });

  it("no consent on any running channel means no routine message", async () => {
    // p-003 has no consent for SMS and prefers SMS; with only the local channel running it still
    // gets local messages (the development channel), but with local consent removed it gets none.
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await app.db.address.updateMany({ where: { ownerId: "p-003", channel: "local" }, data: { consentAt: null } });
    await app.advanceTo("2026-11-24T23:30:00-06:00");
    expect(app.inbox("p-003")).toEqual([]);
    expect((await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-003" } })).status).toBe("skipped");
  });
});

describe("reminders and quiet hours", () => {
  it("holds a participant's reminder until quiet hours end, sends the name-free group reminder, and records an RSVP", async () => {
    const program = testProgram((y) => y.replace('location: "Room B" }', 'location: "Room B" }\n    reminderOffsetsMinutes: [720]'));
    // Thursday 2026-11-26 18:00 session; 12 h before is 06:00, inside quiet hours (21:00-08:00).
    app = await startTestApp({ at: "2026-11-26T05:00:00-06:00", program });
    await app.advanceTo("2026-11-26T07:59:00-06:00");
    expect(app.inbox("p-001")).toEqual([]);
    expect(app.inbox("group:g-evening")).toEqual(["Reminder: Thursday group starts at 6:00 PM, Room B."]);
    await app.advanceTo("2026-11-26T08:00:00-06:00");
    expect(app.inbox("p-001")).toEqual(["Reminder: group today at 6:00 PM, Room B. Reply GOING if you'll be there."]);
    expect(app.inbox("p-002")).toEqual(["Recordatorio: grupo hoy a las 18:00, Room B. Responde VOY si vas a venir."]);
    expect(app.inbox("p-003")).toEqual([]); // not in the group

    // With no check-in waiting, a bare "1" still confirms, as reminders used to ask.
    const rsvp = await app.local.receive("p-001", "1");
    expect(rsvp.replies[0]?.text).toBe("Thanks, see you there.");
    const row = await app.db.rsvp.findFirstOrThrow();
    expect(row).toMatchObject({ participantId: "p-001", groupId: "g-evening" });
    expect(row.sessionStart.toISOString()).toBe("2026-11-27T00:00:00.000Z");
    expect((await app.local.receive("p-002", "Voy!")).replies.map((r) => r.text)).toEqual(["Gracias, nos vemos allí."]);
    expect(await app.db.rsvp.count({ where: { participantId: "p-002", groupId: "g-evening" } })).toBe(1);
  });

  it("a prompt due inside quiet hours waits for them to end, and crisis replies are never held", async () => {
    const program = testProgram((y) => y.replace('checkinTime: "20:30"', 'checkinTime: "22:30"'));
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", program });
    // p-003's 22:30 check-in falls in quiet hours and its nudge time passes before they end: skipped, not missed.
    await app.advanceTo("2026-11-25T09:00:00-06:00");
    expect(app.inbox("p-003")).toEqual([]);
    expect((await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-003", localDate: "2026-11-24" } })).status).toBe("skipped");
    app.clock.set("2026-11-25T23:30:00-06:00");
    const r = await app.local.receive("p-003", "i'm going to hurt myself");
    expect(r.replies[0]?.kind).toBe("crisis");
    expect(app.inbox("p-003")).toHaveLength(1);
  });
});

describe("keywords inside a check-in", () => {
  it('"yes" answers the meeting question; it only means START after an opt-out', async () => {
    app = await startTestApp({ at: "2026-11-24T17:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:01:00-06:00");
    await app.local.receive("p-001", "7");
    await app.local.receive("p-001", "2");
    const r = await app.local.receive("p-001", "yes");
    expect(r.replies[0]?.text).toMatch(/^Got it\. Anything you'd like/);
    expect(await app.db.checkIn.findFirstOrThrow({ where: { participantId: "p-001" } })).toMatchObject({ meeting: true });
    await app.local.receive("p-002", "STOP");
    expect((await app.local.receive("p-002", "yes")).replies[0]?.text).toMatch(/^Bienvenido de nuevo/);
  });
});
