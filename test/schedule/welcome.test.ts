import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

/** The fixture program with welcome texts on (the default of a real program). */
const withWelcome = () => testProgram((y) => y.replace("  welcome: false\n", ""));
/** Pat starts Thursday 2026-11-26, with SMS-less local consent like everyone in the fixture. */
const newcomer = (y: string) =>
  y.replace("participants:\n", "participants:\n  - id: p-new\n    name: Pat\n    counselor: c-rivera\n    startDate: 2026-11-26\n    endDate: 2027-01-15\n    preferredChannel: local\n");

describe("the welcome text", () => {
  it("is each participant's first message, once, on their start date after quiet hours, before the first check-in", async () => {
    app = await startTestApp({ at: "2026-11-25T12:00:00-06:00", program: testProgram((y) => newcomer(y.replace("  welcome: false\n", ""))) });
    await app.advanceTo("2026-11-26T07:59:00-06:00");
    expect(app.inbox("p-new")).toEqual([]);
    await app.advanceTo("2026-11-26T08:00:00-06:00");
    expect(app.inbox("p-new")).toEqual([
      "Hi Pat! Lakeside Evening Program here: a short check-in daily around 6:00 PM, and group reminders. HELP for help, STOP to opt out. Msg&data rates may apply.",
    ]);
    await app.advanceTo("2026-11-27T20:00:00-06:00");
    const texts = app.inbox("p-new");
    expect(texts.filter((t) => t.startsWith("Hi Pat!"))).toHaveLength(1);
    expect(texts.length).toBeGreaterThan(1); // the check-ins followed
  });

  it("in the participant's language, and not to someone who opted out first", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00", program: withWelcome() });
    await app.local.receive("p-001", "STOP");
    await app.advanceTo("2026-11-24T12:30:00-06:00");
    expect(app.inbox("p-002")[0]).toMatch(/^¡Hola .*! Te escribe Lakeside Evening Program: un check-in diario a las 18:00/);
    expect(app.inbox("p-001").some((t) => t.includes("Msg&data rates"))).toBe(false);
  });

  it("is not sent to participants Steady was already texting (a program that turns it on mid-way)", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await app.advanceTo("2026-11-24T18:05:00-06:00");
    expect(app.inbox("p-001").some((t) => t.startsWith("Hi Sam"))).toBe(true); // tonight's check-in went out, no welcome before it
    await app.reloadProgram(withWelcome());
    await app.advanceTo("2026-11-25T12:00:00-06:00");
    expect(app.inbox("p-001").some((t) => t.includes("Msg&data rates"))).toBe(false);
  });
});
