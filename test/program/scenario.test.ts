import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/program/index.ts";
import { BASE, catchFileError, edit, lineOf } from "./helpers.ts";

const EXAMPLE = readFileSync(new URL("../../examples/scenario.yaml", import.meta.url), "utf8");

/** A scenario around BASE, indented under `program:`. */
function scenario(events: string, start = "2026-11-24T12:00:00-06:00"): string {
  const program = BASE.trimEnd().split("\n").map((l) => `  ${l}`).join("\n");
  return `program:\n${program}\nstart: ${start}\nevents:\n${events}`;
}

/** Expects loadScenario to fail with an issue at `path` on line `line` whose message contains `message`. */
function expectScenarioIssue(yaml: string, path: string, line: number, message: string): void {
  const err = catchFileError(() => loadScenario(yaml, "scenario.yaml"));
  const issue = err.issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path}; got:\n${err.message}`).toBeDefined();
  expect(issue!.line).toBe(line);
  expect(issue!.message).toContain(message);
  expect(err.message).toContain(`scenario.yaml:${line}: ${path}: `);
}

describe("examples/scenario.yaml", () => {
  const s = loadScenario(EXAMPLE, "examples/scenario.yaml");

  it("starts on 2026-11-24 at noon in Chicago", () => {
    expect(s.start).toBeInstanceOf(Date);
    expect(s.start.toISOString()).toBe("2026-11-24T18:00:00.000Z");
  });

  it("has one counselor with a supervisor, one group and two participants, defaults filled", () => {
    expect(s.program.counselors.map((c) => c.supervisor ?? null)).toEqual(["c-okafor", null]);
    expect(s.program.groups).toHaveLength(1);
    expect(s.program.participants.map((p) => [p.id, p.checkinTime, p.timeZone])).toEqual([
      ["p-201", "18:00", "America/Chicago"],
      ["p-202", "18:00", "America/Chicago"],
    ]);
  });

  it("reaches the 18:00 check-in, then has answers, a crisis message, a re-escalation, the supervisor's ACK and the next morning", () => {
    const at = s.events.map((e) => e.at.toISOString());
    expect(at[0]).toBe("2026-11-25T00:00:00.000Z");
    expect(s.events[0]).toEqual({ at: s.events[0]!.at });
    expect(s.events.filter((e) => e.from === "p-201").length).toBeGreaterThanOrEqual(2);
    const crisis = s.events.findIndex((e) => e.from === "p-202" && e.text === "I can't do this anymore, I want to die");
    expect(crisis).toBeGreaterThan(0);
    const after = s.events.slice(crisis + 1);
    expect(after.filter((e) => e.from !== undefined)).toEqual([expect.objectContaining({ from: "c-okafor", text: expect.stringMatching(/^ACK \d{4}$/) })]);
    expect(after.some((e) => e.at.getTime() - s.events[crisis]!.at.getTime() > 5 * 60_000 && e.at.getTime() - s.events[crisis]!.at.getTime() < 60 * 60_000)).toBe(true);
    expect(at.at(-1)! > "2026-11-25T14:00:00.000Z").toBe(true);
    expect([...at].sort()).toEqual(at);
  });
});

describe("loadScenario", () => {
  it("loads events, turning instants into Dates", () => {
    const s = loadScenario(scenario(`  - at: 2026-11-24T18:00:00-06:00\n  - at: 2026-11-25T00:05:00Z\n    from: p-001\n    text: "7"\n`));
    expect(s.events).toEqual([{ at: new Date("2026-11-25T00:00:00Z") }, { at: new Date("2026-11-25T00:05:00Z"), from: "p-001", text: "7" }]);
  });

  it("rejects events out of time order", () => {
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n  - at: 2026-11-24T17:00:00-06:00\n`);
    expectScenarioIssue(yaml, "events[1].at", lineOf(yaml, "17:00:00"), "is before events[0].at; events must be in time order");
  });

  it("rejects an event before start", () => {
    const yaml = scenario(`  - at: 2026-11-24T11:00:00-06:00\n`);
    expectScenarioIssue(yaml, "events[0].at", lineOf(yaml, "11:00:00"), "is before start");
  });

  it("rejects a message from someone who is not in the program", () => {
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n    from: p-003\n    text: hi\n`);
    expectScenarioIssue(yaml, "events[0].from", lineOf(yaml, "from: p-003"), 'unknown participant or counselor "p-003"');
  });

  it("accepts a message from a counselor", () => {
    const s = loadScenario(scenario(`  - at: 2026-11-24T18:00:00-06:00\n    from: c-two\n    text: ACK 1234\n`));
    expect(s.events[0]!.from).toBe("c-two");
  });

  it("rejects from without text, at the event's line", () => {
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n    from: p-001\n`);
    expectScenarioIssue(yaml, "events[0].text", lineOf(yaml, "18:00:00"), 'a message from "p-001" needs text');
  });

  it("rejects text without from", () => {
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n    text: hello\n`);
    expectScenarioIssue(yaml, "events[0].from", lineOf(yaml, "18:00:00"), "text needs from");
  });

  it("requires a UTC offset on instants", () => {
    const yaml = scenario("  []\n", "2026-11-24T12:00:00");
    expectScenarioIssue(yaml, "start", lineOf(yaml, "start: 2026"), '"2026-11-24T12:00:00" is not a date and time with a UTC offset');
  });

  it("rejects an impossible instant", () => {
    const yaml = scenario("  - at: 2026-11-31T12:00:00Z\n");
    expectScenarioIssue(yaml, "events[0].at", lineOf(yaml, "2026-11-31"), "is not a date and time with a UTC offset");
  });

  it("reports problems in the inline program with their path under program", () => {
    const yaml = edit(scenario("  []\n"), "  timeZone: America/Chicago", "  timeZone: America/Chicgo");
    expectScenarioIssue(yaml, "program.program.timeZone", lineOf(yaml, "America/Chicgo"), 'unknown time zone "America/Chicgo"');
  });

  it("accepts a message from an address nobody in the program has, a channel and a provider id", () => {
    const s = loadScenario(scenario(`  - at: 2026-11-24T18:00:00-06:00\n    from: "+15550100199"\n    text: hi\n    channel: sms\n    providerId: SM-1\n`));
    expect(s.events[0]).toMatchObject({ from: "+15550100199", channel: "sms", providerId: "SM-1" });
    // An id that is not in the program is still an unknown person, not an unknown sender.
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n    from: "+1555"\n    text: hi\n`);
    expectScenarioIssue(yaml, "events[0].from", lineOf(yaml, 'from: "+1555"'), "an unknown sender is written as an address");
  });

  it("takes a history of past check-ins, of known participants, one a day, before start", () => {
    const withHistory = (rows: string) => scenario("  []\n").replace("\nevents:", `\nhistory:\n${rows}events:`);
    const s = loadScenario(withHistory("  - { participant: p-001, date: 2026-11-20, mood: 7 }\n"));
    expect(s.history).toEqual([{ participant: "p-001", date: "2026-11-20", mood: 7, craving: null, meeting: null }]);
    let yaml = withHistory("  - { participant: p-009, date: 2026-11-20, mood: 7 }\n");
    expectScenarioIssue(yaml, "history[0].participant", lineOf(yaml, "p-009"), 'unknown participant "p-009"');
    yaml = withHistory("  - { participant: p-001, date: 2026-11-20, mood: 7 }\n  - { participant: p-001, date: 2026-11-20, mood: 6 }\n");
    expectScenarioIssue(yaml, "history[1].date", lineOf(yaml, "mood: 6"), "has a check-in on 2026-11-20 already");
    yaml = withHistory("  - { participant: p-001, date: 2026-11-24, mood: 7 }\n");
    expectScenarioIssue(yaml, "history[0].date", lineOf(yaml, "2026-11-24, mood"), "is not before start");
  });

  it("rejects unknown keys in events", () => {
    const yaml = scenario(`  - at: 2026-11-24T18:00:00-06:00\n    form: p-001\n    text: hi\n`);
    expectScenarioIssue(yaml, "events[0].form", lineOf(yaml, "form: p-001"), 'unknown key "form" (did you mean "from"?)');
  });
});
