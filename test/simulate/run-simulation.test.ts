import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/program/scenario-schema.ts";
import { runSimulation } from "../../src/simulate/run-simulation.ts";
import type { SimulationLine } from "../../src/simulate/simulation-line.ts";
import { formatSummary, summarizeDays } from "../../src/simulate/summarize-days.ts";

/**
 * A small program for these tests: check-ins at 10:00 (inside office hours, so urgent alerts
 * page at once), Sam in Denver by SMS, Jo in Chicago by Slack, counselors by SMS and Slack.
 */
const PROGRAM = `
program:
  program:
    name: Test Program
    timeZone: America/Chicago
    supportContact: "Front desk, (555) 555-0100"
    welcome: false
    checkin:
      sendTime: "10:00"
      thresholds: { cravingAtLeast: 8, moodAtMost: 2, moodDropBelowAverage: 3, missedInARow: 2 }
  counselors:
    - id: c-rivera
      name: Dana Rivera
      contacts: { sms: "+15550100101", slack: U0TEST0101 }
      onCall: 1
      supervisor: c-okafor
    - id: c-lee
      name: Jordan Lee
      contacts: { sms: "+15550100102" }
      onCall: 2
    - id: c-okafor
      name: Ngozi Okafor
      contacts: { sms: "+15550100103" }
      onCall: 3
  participants:
    - id: p-201
      name: Sam
      contacts: { sms: "+15550100121" }
      preferredChannel: sms
      counselor: c-rivera
      timeZone: America/Denver
      startDate: 2026-11-02
      consent:
        sms: { date: 2026-11-02, method: "signed intake form" }
    - id: p-202
      name: Jo
      contacts: { slack: U0TEST0122 }
      preferredChannel: slack
      counselor: c-rivera
      startDate: 2026-11-02
      consent:
        slack: { date: 2026-11-02, method: "signed intake form" }
`;

async function simulate(rest: string): Promise<SimulationLine[]> {
  const lines: SimulationLine[] = [];
  await runSimulation(loadScenario(PROGRAM + rest, "test.yaml"), (l) => lines.push(l));
  return lines;
}

const messages = (lines: SimulationLine[]) => lines.filter((l): l is Extract<SimulationLine, { type: "message" }> => l.type === "message");
const escalations = (lines: SimulationLine[]) => lines.filter((l): l is Extract<SimulationLine, { type: "escalation" }> => l.type === "escalation");

describe("steady simulate", () => {
  it("says each line's kind from the engine's records, its local time in the person's zone, the alert code and who each step paged", async () => {
    const lines = await simulate(`
start: 2026-11-04T09:00:00-06:00   # Wednesday, Chicago
events:
  - { at: "2026-11-04T10:30:00-06:00", from: p-202, text: "I want to kill myself" }
  - { at: "2026-11-04T10:37:00-06:00", from: c-rivera, text: "ACK 6643" }
  - { at: "2026-11-04T10:01:00-07:00", from: p-201, text: "12" }
  - { at: "2026-11-04T10:02:00-07:00", from: p-201, text: "7, 2, yes" }
  - { at: "2026-11-04T10:37:00-07:00", from: p-201, text: "STOP" }
  - { at: "2026-11-04T10:38:00-07:00", from: p-201, text: "START" }
  - { at: "2026-11-05T10:00:00-07:00" }
`);
    const sam = messages(lines).filter((m) => m.to === "p-201");
    // Sam's prompt at 10:00 in Denver, which is 11:00 in Chicago.
    expect(sam[0]).toMatchObject({ kind: "prompt", channel: "sms", at: "2026-11-04T17:00:00.000Z", local: "2026-11-04T10:00:00-07:00[America/Denver]" });
    expect(sam.map((m) => m.kind)).toEqual(["prompt", "reprompt", "reply", "opt-out", "opt-in", "prompt"]);
    expect(messages(lines).find((m) => m.to === "p-202")).toMatchObject({ kind: "prompt", channel: "slack", local: "2026-11-04T10:00:00-06:00[America/Chicago]" });
    // Jo's unanswered check-in of the 4th, closed at midnight in Chicago.
    expect(lines).toContainEqual(expect.objectContaining({ type: "checkin", kind: "missed", participant: "p-202", date: "2026-11-04", local: "2026-11-05T00:00:00-06:00[America/Chicago]" }));
    expect(lines).toContainEqual(expect.objectContaining({ type: "checkin", kind: "checkin", participant: "p-201", mood: 7, complete: true }));

    const [opened, second, third, ...rest] = escalations(lines);
    const code = opened!.code;
    expect(code).toBe("6643");
    expect(opened).toMatchObject({ kind: "escalation", level: "crisis", paged: ["c-rivera", "c-lee"], notified: ["c-rivera", "c-lee"] });
    expect(second).toMatchObject({ kind: "re-escalation", code, local: "2026-11-04T10:35:00-06:00[America/Chicago]", paged: ["c-okafor"], notified: ["c-rivera", "c-lee", "c-okafor"] });
    expect(third).toMatchObject({ kind: "acknowledged", code, paged: [] });
    expect(rest).toEqual([]);
    const alerts = messages(lines).filter((m) => m.kind === "alert" || m.kind === "re-escalation");
    expect(alerts.map((m) => `${m.kind} ${m.to} ${m.channel} ${m.code}`)).toEqual([
      `alert c-rivera sms ${code}`,
      `alert c-rivera slack ${code}`,
      `alert c-lee sms ${code}`,
      `re-escalation c-okafor sms ${code}`,
    ]);
    expect(messages(lines).find((m) => m.to === "p-202" && m.kind === "crisis")?.text).toMatch(/911.*988.*741741/);
  }, 120_000);

  it("takes a message from a number nobody in the program has, and the same provider id twice as one message", async () => {
    const lines = await simulate(`
start: 2026-11-04T09:00:00-06:00
events:
  - { at: "2026-11-04T09:30:00-06:00", from: "+15550100199", text: "hello?" }
  - { at: "2026-11-04T10:05:00-06:00", from: p-202, text: "mood 6 craving 9 yes", providerId: "sim-dup-1" }
  - { at: "2026-11-04T10:06:00-06:00", from: p-202, text: "mood 6 craving 9 yes", providerId: "sim-dup-1" }
`);
    const inbound = lines.filter((l) => l.type === "inbound");
    expect(inbound.map((l) => `${l.kind} ${l.from} ${l.channel}`)).toEqual(["inbound unknown sms", "inbound p-202 slack", "duplicate p-202 slack"]);
    expect(inbound[1]).toMatchObject({ providerId: "sim-dup-1" });
    // The unknown number is answered once, and never named in the output.
    const toUnknown = messages(lines).filter((m) => m.to === "unknown");
    expect(toUnknown).toHaveLength(1);
    expect(toUnknown[0]!.text).toMatch(/isn't set up to text this line/);
    expect(JSON.stringify(lines)).not.toContain("+15550100199");
    // Handled once: one check-in, one craving alert, nothing after the duplicate.
    expect(lines.filter((l) => l.type === "checkin" && l.kind === "checkin")).toHaveLength(1);
    expect(escalations(lines)).toHaveLength(1);
    expect(lines.at(-1)).toMatchObject({ type: "inbound", kind: "duplicate" });
  }, 120_000);

  it("shows an SMS counselor the SMS form of an alert and a Slack one its button", async () => {
    const lines = await simulate(`
start: 2026-11-04T09:00:00-06:00
events:
  - { at: "2026-11-04T10:05:00-06:00", from: p-202, text: "mood 6 craving 9 yes" }
`);
    const alerts = messages(lines).filter((m) => m.kind === "alert");
    const code = escalations(lines)[0]!.code;
    expect(alerts.map((m) => [m.channel, m.text])).toEqual([
      ["sms", `Steady: urgent alert for p-202. Reply ACK ${code}.`],
      ["slack", "Steady: urgent alert for p-202. [Acknowledge]"],
    ]);
  }, 120_000);

  it("starts mood averages from the scenario's history: a 5 after a week of 8s is a drop", async () => {
    const today = `
events:
  - { at: "2026-11-04T10:05:00-06:00", from: p-202, text: "mood 5 craving 1 yes" }
`;
    const history = `
start: 2026-11-04T09:00:00-06:00
history:
  - { participant: p-202, date: 2026-11-01, mood: 8, craving: 1, meeting: true }
  - { participant: p-202, date: 2026-11-02, mood: 8, craving: 2, meeting: true }
  - { participant: p-202, date: 2026-11-03, mood: 8, craving: 1, meeting: false }
`;
    const withHistory = await simulate(history + today);
    expect(escalations(withHistory)).toEqual([expect.objectContaining({ participant: "p-202", reasons: ["mood_drop"], paged: ["c-rivera"] })]);
    const without = await simulate(`\nstart: 2026-11-04T09:00:00-06:00\n` + today);
    expect(escalations(without)).toEqual([]);
    expect(() => loadScenario(PROGRAM + history.replace("2026-11-03", "2026-11-04") + today, "test.yaml")).toThrow(/history\[2\]\.date: 2026-11-04 is not before start/);
  }, 120_000);

  it("counts prompts, answers, misses, alerts, re-escalations and pages per counselor for each day", async () => {
    const lines = await simulate(`
start: 2026-11-04T09:00:00-06:00
events:
  - { at: "2026-11-04T10:30:00-06:00", from: p-201, text: "I want to kill myself" }
  - { at: "2026-11-04T10:36:00-06:00", from: c-rivera, text: "ACK 6643" }
  - { at: "2026-11-04T10:40:00-06:00", from: p-202, text: "mood 6 craving 9 yes" }
  - { at: "2026-11-04T11:00:00-06:00", from: c-rivera, text: "ACK 5747" }
  - { at: "2026-11-05T10:05:00-06:00", from: p-202, text: "mood 6 craving 2 yes" }
  - { at: "2026-11-05T12:00:00-06:00" }
`);
    const urgent = escalations(lines).find((e) => e.level === "urgent")!.code;
    const crisis = escalations(lines).find((e) => e.level === "crisis")!.code;
    // Seeded codes (the inbox item of the crisis text takes one between them).
    expect([crisis, urgent]).toEqual(["6643", "5747"]);
    const days = summarizeDays(loadScenario(PROGRAM + "\nstart: 2026-11-04T09:00:00-06:00\n", "test.yaml").program, lines);
    expect(days).toEqual([
      // The crisis pages Dana and Jordan, then Ngozi at 10:35; the urgent alert Dana. Sam's check-in goes unanswered.
      { date: "2026-11-04", prompts: 2, answered: 1, missed: 1, alerts: 2, reescalations: 1, pages: { "c-rivera": 2, "c-lee": 1, "c-okafor": 1 } },
      { date: "2026-11-05", prompts: 2, answered: 1, missed: 0, alerts: 0, reescalations: 0, pages: {} },
    ]);
    expect(formatSummary(days)).toEqual([
      "date        prompts  answered  missed  alerts  re-escalations  pages",
      "2026-11-04        2         1       1       2               1  c-lee 1, c-okafor 1, c-rivera 2",
      "2026-11-05        2         1       0       0               0  -",
    ]);
  }, 120_000);
});
