import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadProgram } from "../../src/program/load-program.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

// The example program as the console runs it: every due event at its time, on the local
// channel. Its check-in goes out at 17:00, in the same second as the evening group's
// one-hour reminder, and the day-before reminders come while check-ins are still open.
let app: TestApp;
afterEach(async () => app?.dispose());

const PARTICIPANTS = ["p-101", "p-102", "p-103", "p-104", "p-105", "p-106"];
const isReminder = (t: string) => t.startsWith("Reminder: group") || t.startsWith("Recordatorio: grupo");

describe("the example program for a week, every reminder answered 1", () => {
  it("stores each RSVP as an RSVP and invents no mood", async () => {
    const program = loadProgram(readFileSync(new URL("../../examples/program.yaml", import.meta.url), "utf8"), "program.yaml").program;
    app = await startTestApp({ at: "2026-11-30T06:00:00-06:00", program });
    const seen = new Map<string, number>();
    let answeredOne = 0;
    let asked = 0;
    const sessions = new Set<string>();
    for (const day of ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]) {
      // Reminders go out at 08:00 and 09:00 (morning group) and at 17:00 and 18:00 (evening
      // group); each is answered half a minute later. Check-ins are answered at 19:30:30, after
      // Mateo's (p-104) opens; Avery's (p-105) opens at 17:00 Denver time, 18:00 here.
      for (const time of ["08:00:30", "09:00:30", "17:00:30", "18:00:30", "19:30:30"]) {
        await app.advanceTo(`${day}T${time}-06:00`);
        for (const who of PARTICIPANTS) {
          const inbox = app.inbox(who);
          const fresh = inbox.slice(seen.get(who) ?? 0);
          if (fresh.some(isReminder)) {
            // The participant answers the reminder the way reminders used to ask.
            answeredOne++;
            const [reply] = (await app.local.receive(who, "1")).replies.map((r) => r.text);
            if (/^(Just to check|Para confirmar)/.test(reply ?? "")) {
              asked++;
              const word = reply!.startsWith("Para") ? "VOY" : "GOING";
              expect((await app.local.receive(who, word)).replies[0]?.text).toMatch(/^(Thanks, see you there|Gracias, nos vemos)/);
            } else expect(reply, `${who} ${day} ${time}`).toMatch(/^(Thanks, see you there|Gracias, nos vemos)/);
            const reminder = await app.db.outbox.findFirstOrThrow({ where: { recipientId: who, kind: "reminder" }, orderBy: { createdAt: "desc" } });
            const [group, start] = reminder.ref!.split("|");
            sessions.add(`${who} ${group} ${new Date(start!).toISOString()}`);
          }
          const open = time === "19:30:30" && (await app.db.checkIn.findFirst({ where: { participantId: who, localDate: day, status: "open" } }));
          if (open) {
            await app.local.receive(who, "7, 2, yes");
            await app.local.receive(who, "skip");
          }
          seen.set(who, app.inbox(who).length);
        }
      }
    }
    await app.advanceTo("2026-12-05T02:00:00-06:00");

    expect(answeredOne).toBeGreaterThan(10);
    // Some of those came while a check-in question was waiting, and were asked about.
    expect(asked).toBeGreaterThan(3);
    // One RSVP per session answered (a second reminder for the same session confirms it again).
    const rsvps = await app.db.rsvp.findMany();
    expect(new Set(rsvps.map((r) => `${r.participantId} ${r.groupId} ${r.sessionStart.toISOString()}`))).toEqual(sessions);
    expect(sessions.size).toBeGreaterThan(5);
    const checkIns = await app.db.checkIn.findMany({ where: { status: { in: ["complete", "expired", "missed"] } } });
    expect(checkIns.length).toBeGreaterThan(20);
    expect(checkIns.filter((c) => c.mood !== null && c.mood !== 7)).toEqual([]);
    expect(await app.db.escalation.count()).toBe(0);
  });
});
