import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, testProgram, type TestApp } from "../support/test-app.ts";

let app: TestApp | null = null;
afterEach(async () => {
  await app?.dispose();
  app = null;
});

describe("an edited program, reloaded while running", () => {
  it("is synced and used at once: new settings, a new participant planned, one discharged", async () => {
    app = await startTestApp({ at: "2026-11-24T12:00:00-06:00" });
    await app.tick();
    expect((await app.local.receive("p-001", "HELP")).replies[0]?.text).toContain("555-0100");

    const edited = testProgram((yaml) =>
      yaml
        .replace("Lakeside front desk, 555-0100", "Lakeside front desk, 555-0199")
        .replace(
          "participants:\n",
          "participants:\n  - { id: p-004, name: Kim, preferredChannel: local, counselor: c-lee, startDate: 2026-11-20, endDate: 2027-01-20 }\n",
        )
        .replace(/  - id: p-003\n(    .*\n)+/, ""),
    );
    const report = await app.reloadProgram(edited);
    expect(report.changes).toEqual(expect.arrayContaining(["program settings updated", expect.stringMatching(/p-004/), expect.stringMatching(/p-003/)]));

    // The running engine answers from the new settings.
    expect((await app.local.receive("p-001", "HELP")).replies[0]?.text).toContain("555-0199");
    // The new participant is planned and prompted tonight; the one taken out is not.
    await app.advanceTo("2026-11-24T18:00:30-06:00");
    expect(app.inbox("p-004").some((t) => /mood/i.test(t))).toBe(true);
    await app.advanceTo("2026-11-24T21:00:00-06:00");
    expect(await app.db.checkIn.count({ where: { participantId: "p-003", localDate: "2026-11-24", status: "open" } })).toBe(0);
  });
});
