import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findPersonalData, fixturePersonalData } from "../support/log-privacy-check.ts";

let dir: string | null = null;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A capture directory holding these log lines, and these texts as sent by a test. */
function captured(lines: object[], texts: string[] = []): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-log-lines-"));
  fs.writeFileSync(path.join(dir, "test__x.test.ts.1.jsonl"), lines.map((l) => JSON.stringify({ level: "warn", t: "2026-11-24T16:00:00.000Z", ...l })).join("\n") + "\n");
  fs.mkdirSync(path.join(dir, "texts"));
  fs.writeFileSync(path.join(dir, "texts", "test__x.test.ts.1.json"), texts.map((t) => JSON.stringify(t)).join("\n") + "\n");
  return dir;
}

describe("the run's log check", () => {
  it("knows the fixtures' people: names from test/fixtures and examples, numbers, scenario texts", () => {
    const data = fixturePersonalData();
    for (const name of ["Sam", "Lucía", "Alex", "Dana", "Rivera", "Okafor"]) expect(data.names, name).toContain(name);
    expect(data.numbers).toContain("+13125550111");
    expect(data.texts).toContain("Long day at work but I'm ok");
  });

  it("finds a number in any form, a name, a scenario's text and a text a test sent", () => {
    const found = findPersonalData(
      captured(
        [
          { event: "a", to: "+13125550111" },
          { event: "b", contact: "(312) 555-0111" },
          { event: "c", support: "555-0100" },
          { event: "d", who: "Lucía" },
          { event: "e", said: "Long day at work but I'm ok" },
          { event: "f", said: "walked the dog this morning" },
        ],
        ["walked the dog this morning"],
      ),
    );
    expect(found.map((f) => JSON.parse(f.slice(f.indexOf(" in ") + 4)).event)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("passes lines of ids, counts and codes, and words that only contain a name", () => {
    const lines = [
      { event: "inbound_risk", channel: "sms", risk: "crisis", ownerKind: "participant" },
      { event: "escalation_reescalated", escalationId: "923650ca-dd3f-4393-bec4-7ea0e4d77149", field_level: "crisis", counselorId: "c-rivera" },
      { event: "not_ready", part: "database", problem: "check failed (P1001)", code: "4821", participant: "p-001", label: "Samples" },
    ];
    expect(findPersonalData(captured(lines, ["7", "STOP", "yes"]))).toEqual([]);
  });
});
