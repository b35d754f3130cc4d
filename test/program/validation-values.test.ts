import { describe, expect, it } from "vitest";
import { loadProgram, programSchema } from "../../src/program/index.ts";
import { BASE, catchFileError, edit, expectIssue, lineOf } from "./helpers.ts";

/** BASE with a `checkin:` block added to the program settings. */
const withCheckin = (block: string) => edit(BASE, "  supportContact: front desk\n", `  supportContact: front desk\n  checkin:\n${block}`);

describe("clock times", () => {
  it("rejects a check-in time that is not HH:MM", () => {
    const yaml = withCheckin('    sendTime: "6pm"\n');
    expectIssue(yaml, "program.checkin.sendTime", 'sendTime: "6pm"', '"6pm" is not a 24-hour "HH:MM" time');
  });

  it("rejects a session start without a leading zero", () => {
    const yaml = edit(BASE, 'start: "18:00"', 'start: "9:00"');
    expectIssue(yaml, "groups[0].sessions[0].start", 'start: "9:00"', '"9:00" is not a 24-hour');
  });

  it("rejects 24:00 as a participant check-in time", () => {
    const yaml = edit(BASE, "    startDate: 2026-11-02\n", '    startDate: 2026-11-02\n    checkinTime: "24:00"\n');
    expectIssue(yaml, "participants[0].checkinTime", 'checkinTime: "24:00"', '"24:00" is not');
  });

  it("rejects quiet hours that start and end at the same time", () => {
    const yaml = edit(BASE, "  supportContact: front desk\n", '  supportContact: front desk\n  quietHours: { start: "21:00", end: "21:00" }\n');
    expectIssue(yaml, "program.quietHours.end", "quietHours:", "must not start and end at the same time");
  });
});

describe("office hours", () => {
  const withOfficeHours = (line: string) => edit(BASE, "  supportContact: front desk\n", `  supportContact: front desk\n  officeHours: ${line}\n`);

  it("rejects office hours that end before they start", () => {
    const yaml = withOfficeHours('{ start: "17:00", end: "08:30" }');
    expectIssue(yaml, "program.officeHours.end", "officeHours:", "office hours must end after they start (17:00); hours across midnight are not supported");
  });

  it("rejects a day that is not a day, naming the allowed ones", () => {
    const yaml = withOfficeHours('{ days: [mon, tues], start: "09:00", end: "17:00" }');
    expectIssue(yaml, "program.officeHours.days[1]", "officeHours:", '"tues" is not a day; use mon, tue, wed, thu, fri, sat, sun');
  });

  it("rejects an empty list of days", () => {
    expectIssue(withOfficeHours("{ days: [] }"), "program.officeHours.days", "officeHours:", "office hours need at least one day");
  });

  it("rejects an urgentAfterHours that is neither wait nor page", () => {
    const yaml = edit(BASE, "  supportContact: front desk\n", "  supportContact: front desk\n  escalation:\n    urgentAfterHours: call\n");
    expectIssue(yaml, "program.escalation.urgentAfterHours", "urgentAfterHours: call", '"call" is not allowed; use "wait" (hold urgent alerts until office hours) or "page" (page at any hour)');
  });

  it("accepts a partial setting and fills the rest", () => {
    const { program } = loadProgram(withOfficeHours('{ days: [mon, wed], end: "16:00" }'));
    expect(program.program.officeHours).toEqual({ days: ["mon", "wed"], start: "08:30", end: "16:00" });
  });
});

describe("time zones", () => {
  it("rejects an unknown participant time zone, suggesting the right one", () => {
    const yaml = edit(BASE, "    startDate: 2026-11-03\n", "    startDate: 2026-11-03\n    timeZone: America/Chicgo\n");
    expectIssue(yaml, "participants[1].timeZone", "America/Chicgo", 'unknown time zone "America/Chicgo" (did you mean "America/Chicago"?)');
  });

  it("rejects an unknown program time zone", () => {
    const yaml = edit(BASE, "timeZone: America/Chicago", "timeZone: Central");
    expectIssue(yaml, "program.timeZone", "timeZone: Central", 'unknown time zone "Central"');
  });
});

describe("dates", () => {
  it("rejects a day that does not exist", () => {
    const yaml = edit(BASE, "startDate: 2026-11-03", "startDate: 2026-02-30");
    expectIssue(yaml, "participants[1].startDate", "startDate: 2026-02-30", '"2026-02-30" is not a date in the form YYYY-MM-DD');
  });

  it("rejects a US-style date", () => {
    const yaml = edit(BASE, "startDate: 2026-11-03", 'startDate: "11/03/2026"');
    expectIssue(yaml, "participants[1].startDate", "11/03/2026", "is not a date in the form YYYY-MM-DD");
  });

  it("rejects an end date before the start date", () => {
    const yaml = edit(BASE, "    startDate: 2026-11-02\n", "    startDate: 2026-11-02\n    endDate: 2026-11-01\n");
    expectIssue(yaml, "participants[0].endDate", "endDate: 2026-11-01", "endDate 2026-11-01 is before startDate 2026-11-02");
  });

  it("keeps dates as YYYY-MM-DD strings, also when given Date objects", () => {
    const { program } = loadProgram(BASE);
    expect(program.participants[0]!.startDate).toBe("2026-11-02");
    const data = structuredClone(program) as Record<string, unknown> & typeof program;
    const p = data.participants[0] as unknown as Record<string, unknown>;
    p.startDate = new Date("2026-11-05T00:00:00Z");
    p.endDate = new Date("2026-12-20T00:00:00Z");
    const parsed = programSchema.parse(data);
    expect(parsed.participants[0]!.startDate).toBe("2026-11-05");
    expect(parsed.participants[0]!.endDate).toBe("2026-12-20");
  });
});

describe("sessions", () => {
  it("rejects a day that is not mon..sun", () => {
    const yaml = edit(BASE, "days: [tue, thu]", "days: [tue, thursday]");
    expectIssue(yaml, "groups[0].sessions[0].days[1]", "days: [tue, thursday]", '"thursday" is not a day; use mon, tue, wed, thu, fri, sat, sun');
  });

  it("rejects a day listed twice", () => {
    const yaml = edit(BASE, "days: [tue, thu]", "days: [tue, tue]");
    expectIssue(yaml, "groups[0].sessions[0].days[1]", "days: [tue, tue]", 'day "tue" is listed twice');
  });

  it("rejects a session of zero minutes", () => {
    const yaml = edit(BASE, "durationMinutes: 180", "durationMinutes: 0");
    expectIssue(yaml, "groups[0].sessions[0].durationMinutes", "durationMinutes: 0", "must be at least 1");
  });
});

describe("thresholds and check-in settings", () => {
  it("rejects a craving threshold above the craving scale", () => {
    const yaml = withCheckin("    thresholds: { cravingAtLeast: 11 }\n");
    expectIssue(yaml, "program.checkin.thresholds.cravingAtLeast", "cravingAtLeast: 11", "within the craving scale 0-10");
  });

  it("rejects a negative mood threshold", () => {
    const yaml = withCheckin("    thresholds: { moodAtMost: -1 }\n");
    expectIssue(yaml, "program.checkin.thresholds.moodAtMost", "moodAtMost: -1", "must be at least 0");
  });

  it("rejects a mood drop wider than the mood scale", () => {
    const yaml = withCheckin("    thresholds: { moodDropBelowAverage: 12 }\n");
    expectIssue(yaml, "program.checkin.thresholds.moodDropBelowAverage", "moodDropBelowAverage: 12", "must be at most 9");
  });

  it("rejects zero missed check-ins in a row", () => {
    const yaml = withCheckin("    thresholds:\n      missedInARow: 0\n");
    expectIssue(yaml, "program.checkin.thresholds.missedInARow", "missedInARow: 0", "must be at least 1");
  });

  it("rejects a check-in that expires before its nudge", () => {
    const yaml = withCheckin("    nudgeAfterMinutes: 120\n    expireAfterMinutes: 60\n");
    expectIssue(yaml, "program.checkin.expireAfterMinutes", "expireAfterMinutes: 60", "must be more than nudgeAfterMinutes (120)");
  });
});

describe("questions", () => {
  it("rejects a scale whose min is not below its max", () => {
    const yaml = withCheckin("    questions:\n      - id: mood\n        type: scale\n        min: 5\n        max: 5\n");
    expectIssue(yaml, "program.checkin.questions[0].max", "max: 5", "max (5) must be greater than min (5)");
  });

  it("rejects an unknown question type", () => {
    const yaml = withCheckin("    questions:\n      - id: sleep\n        type: slider\n");
    expectIssue(yaml, "program.checkin.questions[0].type", "type: slider", 'type must be one of "scale", "yesno", "text", not "slider"');
  });

  it("rejects a prompt in a language the bot does not speak", () => {
    const yaml = withCheckin('    questions:\n      - id: sleep\n        type: yesno\n        prompt: { en: "Slept ok?", fr: "Bien dormi ?" }\n');
    expectIssue(yaml, "program.checkin.questions[0].prompt.fr", "prompt: {", "the languages are en, es");
  });
});

describe("languages", () => {
  it("rejects a program language the bot does not speak", () => {
    const yaml = edit(BASE, "  supportContact: front desk\n", "  supportContact: front desk\n  languages: [en, fr]\n");
    expectIssue(yaml, "program.languages[1]", "languages: [en, fr]", 'must be one of "en", "es"');
  });

  it("rejects a participant language that is not one of the program's", () => {
    const yaml = edit(edit(BASE, "  supportContact: front desk\n", "  supportContact: front desk\n  languages: [en]\n"), "    name: Alex\n", "    name: Alex\n    language: es\n");
    expectIssue(yaml, "participants[1].language", "language: es", `language "es" is not one of the program's languages (en)`);
  });
});

describe("participants' ids and names", () => {
  it("rejects an id with capitals or spaces", () => {
    const yaml = edit(BASE, "- id: p-002", "- id: P 002");
    expectIssue(yaml, "participants[1].id", "- id: P 002", '"P 002" is not a valid id');
  });

  it("rejects a full name", () => {
    const yaml = edit(BASE, "name: Alex", "name: Alex Maria Gomez");
    expectIssue(yaml, "participants[1].name", "name: Alex Maria Gomez", "first name or alias only");
  });

  it("rejects a name over 40 characters", () => {
    const yaml = edit(BASE, "name: Alex", `name: ${"A".repeat(41)}`);
    expectIssue(yaml, "participants[1].name", "A".repeat(41), "at most 40 characters");
  });
});

describe("unknown keys", () => {
  it("names the key and suggests the right spelling", () => {
    const yaml = edit(BASE, "  timeZone: America/Chicago", "  timezone: America/Chicago");
    expectIssue(yaml, "program.timezone", "timezone: America/Chicago", 'unknown key "timezone" (did you mean "timeZone"?)');
  });

  it("reports each unknown key on its own line", () => {
    const yaml = edit(BASE, "    group: g-one\n", "    grup: g-one\n    colour: blue\n");
    const err = catchFileError(() => loadProgram(yaml));
    const grup = err.issues.find((i) => i.path === "participants[0].grup");
    const colour = err.issues.find((i) => i.path === "participants[0].colour");
    expect(grup).toEqual({ path: "participants[0].grup", line: lineOf(yaml, "grup: g-one"), message: 'unknown key "grup" (did you mean "group"?)' });
    expect(colour?.line).toBe(lineOf(yaml, "colour: blue"));
    expect(colour?.message).toContain("allowed keys: id, name, contacts");
  });
});

describe("YAML syntax errors", () => {
  it("are reported with their line", () => {
    const yaml = edit(BASE, "    name: Alex\n", '    name: "Alex\n');
    const err = catchFileError(() => loadProgram(yaml, "clinic.yaml"));
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]!.message).toMatch(/^YAML syntax: /);
    expect(err.issues[0]!.line).toBeGreaterThanOrEqual(lineOf(yaml, '"Alex'));
    expect(err.message).toMatch(new RegExp(`^clinic\\.yaml:${err.issues[0]!.line}: YAML syntax: `));
  });

  it("report a tab used for indentation at its line", () => {
    const yaml = edit(BASE, "    onCall: 1\n", "\tonCall: 1\n");
    const err = catchFileError(() => loadProgram(yaml));
    expect(err.issues[0]!.line).toBe(lineOf(yaml, "\tonCall: 1"));
  });

  it("report a key given twice", () => {
    const yaml = edit(BASE, "    onCall: 1\n", "    onCall: 1\n    onCall: 2\n");
    const err = catchFileError(() => loadProgram(yaml));
    expect(err.message).toBe(`program.yaml:${lineOf(yaml, "onCall: 2")}: YAML syntax: Map keys must be unique`);
  });

  it("report an empty file", () => {
    const err = catchFileError(() => loadProgram("# nothing yet\n"));
    expect(err.message).toBe("program.yaml: the file is empty");
  });
});
