import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "../../src/interpret/default-questions.ts";
import { loadProgram, readProgramFile } from "../../src/program/index.ts";
import { BASE, catchFileError, edit, lineOf } from "./helpers.ts";

const EXAMPLE = new URL("../../examples/program.yaml", import.meta.url);

describe("examples/program.yaml", () => {
  const text = readFileSync(EXAMPLE, "utf8");
  const { program, warnings } = loadProgram(text, "examples/program.yaml");

  it("loads without errors or warnings", () => {
    expect(warnings).toEqual([]);
    expect(program.program.timeZone).toBe("America/Chicago");
  });

  it("has 3 counselors with one supervisor and a full on-call order", () => {
    expect(program.counselors).toHaveLength(3);
    const supervisors = new Set(program.counselors.flatMap((c) => (c.supervisor ? [c.supervisor] : [])));
    expect([...supervisors]).toEqual(["c-okafor"]);
    expect(program.counselors.map((c) => c.onCall).sort()).toEqual([1, 2, 3]);
  });

  it("has a Mon/Wed/Fri morning group and a Tue/Thu evening group with placeholder channels", () => {
    expect(program.groups.map((g) => g.sessions.map((s) => `${s.days.join("/")} ${s.start}`))).toEqual([["mon/wed/fri 09:00"], ["tue/thu 18:00"]]);
    expect(program.groups.every((g) => g.channels.slack?.includes("FAKE"))).toBe(true);
    expect(program.groups[1]!.channels.discord).toMatch(/^\d{17,20}$/);
  });

  it("has 6 participants: first names, en and es, one in Denver, one with its own check-in time", () => {
    expect(program.participants).toHaveLength(6);
    expect(program.participants.every((p) => /^\S+$/.test(p.name))).toBe(true);
    expect(new Set(program.participants.map((p) => p.language))).toEqual(new Set(["en", "es"]));
    expect(program.participants.filter((p) => p.timeZone !== "America/Chicago").map((p) => p.timeZone)).toEqual(["America/Denver"]);
    expect(program.participants.filter((p) => p.checkinTime !== program.program.checkin.sendTime)).toHaveLength(1);
  });

  it("uses only fictional 555-01xx phone numbers", () => {
    const phones = [...program.counselors, ...program.participants].flatMap((x) => (x.contacts.sms ? [x.contacts.sms] : []));
    expect(phones.length).toBeGreaterThanOrEqual(8);
    for (const phone of phones) expect(phone).toMatch(/^\+1\d{3}55501\d\d$/);
    for (const m of text.matchAll(/\+1\d{10}/g)) expect(m[0]).toMatch(/^\+1\d{3}55501\d\d$/);
  });

  it("records consent for every channel a participant has an address on", () => {
    for (const p of program.participants) {
      for (const ch of ["sms", "slack", "discord"] as const) expect(p.contacts[ch] === undefined || p.consent[ch] !== undefined, `${p.id} ${ch}`).toBe(true);
    }
  });

  it("keeps all dates between 2026-11 and 2027-01", () => {
    const dates = program.participants.flatMap((p) => [p.startDate, ...(p.endDate ? [p.endDate] : [])]);
    for (const d of dates) expect(d >= "2026-11-01" && d <= "2027-01-31", d).toBe(true);
  });

  it("has a program name that does not reveal the kind of treatment", () => {
    expect(program.program.name).not.toMatch(/addict|recover|substance|sober|rehab|detox|mental|psych|treatment|IOP|clinic|alcohol|drug/i);
  });
});

describe("defaults", () => {
  const { program } = loadProgram(BASE);

  it("fills every program setting", () => {
    const { questions, ...checkin } = program.program.checkin;
    expect(program.program.quietHours).toEqual({ start: "21:00", end: "08:00" });
    expect(program.program.languages).toEqual(["en", "es"]);
    expect(checkin).toEqual({
      sendTime: "18:00",
      nudgeAfterMinutes: 120,
      expireAfterMinutes: null,
      thresholds: { cravingAtLeast: 8, moodAtMost: 2, moodDropBelowAverage: 3, missedInARow: 2 },
    });
    expect(questions).toEqual(DEFAULT_QUESTIONS);
    expect(program.program.escalation).toEqual({ crisisAfterMinutes: 5, urgentAfterMinutes: 60, urgentAfterHours: "wait" });
    expect(program.program.officeHours).toEqual({ days: ["mon", "tue", "wed", "thu", "fri"], start: "08:30", end: "17:00" });
  });

  it("fills group settings", () => {
    expect(program.groups[0]!.reminderOffsetsMinutes).toEqual([1440, 60]);
    expect(program.groups[0]!.channels).toEqual({});
  });

  it("gives participants the program's time zone, first language and check-in time", () => {
    const sam = program.participants[0]!;
    expect([sam.timeZone, sam.language, sam.checkinTime]).toEqual(["America/Chicago", "en", "18:00"]);
    const es = loadProgram(edit(BASE, "  supportContact: front desk\n", '  supportContact: front desk\n  languages: [es, en]\n  checkin: { sendTime: "17:15" }\n'));
    expect([es.program.participants[0]!.language, es.program.participants[0]!.checkinTime]).toEqual(["es", "17:15"]);
  });

  it("keeps a participant's own settings", () => {
    const yaml = edit(BASE, "    name: Alex\n", '    name: Alex\n    timeZone: America/Denver\n    language: es\n    checkinTime: "19:30"\n');
    const alex = loadProgram(yaml).program.participants[1]!;
    expect([alex.timeZone, alex.language, alex.checkinTime]).toEqual(["America/Denver", "es", "19:30"]);
  });

  it("treats missing groups and participants as empty lists", () => {
    const yaml = BASE.slice(0, BASE.indexOf("groups:"));
    const { program: p } = loadProgram(yaml);
    expect([p.groups, p.participants]).toEqual([[], []]);
  });

  it("gives each loaded program its own copy of the default questions", () => {
    const a = loadProgram(BASE).program;
    a.program.checkin.questions[0]!.labels!.push("changed");
    a.program.checkin.questions.pop();
    const b = loadProgram(BASE).program;
    expect(b.program.checkin.questions).toEqual(DEFAULT_QUESTIONS);
  });
});

describe("warnings", () => {
  it("warn, with the line, when the preferred channel has no consent", () => {
    const yaml = edit(BASE, "    consent:\n      discord: { date: 2026-11-03, method: form }\n", "");
    const { warnings } = loadProgram(yaml);
    expect(warnings).toEqual([
      `program.yaml:${lineOf(yaml, "preferredChannel: discord")}: participants[1].preferredChannel: no consent recorded for discord (add consent.discord); until there is, p-002 gets no routine messages there`,
    ]);
  });

  it("warn about consent for a channel without an address, and check-ins in quiet hours", () => {
    const yaml = edit(edit(BASE, "      sms: { date: 2026-11-02, method: form }\n", "      sms: { date: 2026-11-02, method: form }\n      slack: { date: 2026-11-02, method: form }\n"), "    name: Alex\n", '    name: Alex\n    checkinTime: "22:30"\n');
    const { warnings } = loadProgram(yaml);
    expect(warnings).toEqual([
      `program.yaml:${lineOf(yaml, "slack: { date")}: participants[0].consent.slack: consent recorded for slack, but there is no slack address under contacts`,
      `program.yaml:${lineOf(yaml, "22:30")}: participants[1].checkinTime: 22:30 falls within quiet hours (21:00-08:00)`,
    ]);
  });
});

describe("readProgramFile", () => {
  it("reads and loads a file", () => {
    const { program } = readProgramFile(EXAMPLE.pathname);
    expect(program.participants).toHaveLength(6);
  });

  it("says so when the file does not exist", () => {
    const err = catchFileError(() => readProgramFile("/nonexistent/steady/program.yaml"));
    expect(err.code).toBe("program_invalid");
    expect(err.message).toBe("/nonexistent/steady/program.yaml: file not found");
    expect(err.issues).toEqual([{ path: "", line: null, message: "file not found" }]);
  });

  it("names the file in validation errors", () => {
    const err = catchFileError(() => loadProgram(edit(BASE, "  name: Test Program\n", ""), "/etc/steady/clinic.yaml"));
    expect(err.message).toBe("/etc/steady/clinic.yaml:1: program.name: required, but missing");
  });
});
