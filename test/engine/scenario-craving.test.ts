import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/program/index.ts";
import { runSimulation } from "../../src/simulate/run-simulation.ts";

const FILE = "examples/scenarios/craving-pages-at-once.yaml";

type Line = { at: string; type: string; to?: string; text?: string; participant?: string; reasons?: string[]; mood?: number | null; complete?: boolean };

describe(FILE, () => {
  it("pages the counselor at 18:05 for a craving of 9 answered at 18:05, asks about a 1 sent with the reminder, and raises nothing twice", async () => {
    const scenario = loadScenario(readFileSync(new URL(`../../${FILE}`, import.meta.url), "utf8"), FILE);
    const lines: Line[] = [];
    await runSimulation(scenario, (l) => lines.push(JSON.parse(JSON.stringify(l)) as Line));
    const at1805 = "2026-11-25T00:05:00.000Z"; // 18:05 in Chicago

    const escalations = lines.filter((l) => l.type === "escalation");
    expect(escalations[0]).toMatchObject({ at: at1805, participant: "p-301", reasons: ["craving_high"] });
    // Every later escalation line is the same alert moving on (acknowledged), never a new one.
    expect(escalations.every((e) => JSON.stringify(e.reasons) === '["craving_high"]')).toBe(true);
    expect(escalations.filter((e) => (e as { status?: string }).status === "open")).toHaveLength(1);
    const toCounselor = lines.filter((l) => l.type === "message" && l.to === "c-rivera");
    expect(toCounselor[0]).toMatchObject({ at: at1805, text: expect.stringMatching(/^Steady: urgent alert for p-301/) });

    // The check-in completed with the answer, not with the note at 18:20 or at midnight.
    expect(lines.filter((l) => l.type === "checkin")).toEqual([expect.objectContaining({ at: at1805, mood: 4, craving: 9, complete: true })]);
    const toTaylor = lines.filter((l) => l.type === "message" && l.to === "p-301").map((l) => l.text);
    expect(toTaylor).toContain("Thanks, Taylor. Check-in done. Talk tomorrow.");

    // The 1 sent after the reminder was asked about, never taken as a mood.
    expect(toTaylor).toContain("Just to check: is 1 your check-in answer, or will you be at group? Reply 1 again for the check-in, or GOING for group.");
    expect(toTaylor).toContain("Thanks, see you there. Back to today's check-in: How is your mood today, 1 (very low) to 10 (great)?");
  });
});
